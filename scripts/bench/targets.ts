import type { Discovered } from "./fixtures";
import type { TargetKind } from "./stats";

/**
 * What the benchmark measures (issue 9), as data: each target names the page or
 * route, the role it is requested as, and its kind (which budget applies).
 * A target whose page or route does not exist in the build is skipped with a
 * "not found" line instead of failing the run.
 */
export type Role = "owner" | "manager" | "writer" | "client" | "api";

export type TargetDef = {
  name: string;
  kind: TargetKind;
  role: Role;
  method: "GET" | "POST";
  /** The URL requested (for actions: the page the action is posted to, for the first draft). */
  path: (d: Discovered) => string;
  /** Server actions: the export and file the action id is looked up by in the build's manifest. */
  action?: {
    exportedName: string;
    filename: string;
    pool: "assessments" | "reports";
    /** What a successful result must contain (beyond `ok: true`): proof this request changed its own draft. */
    expect: RegExp;
  };
};

export const TARGETS: TargetDef[] = [
  { name: "baseline", kind: "baseline", role: "owner", method: "GET", path: () => "/api/bench/baseline" },
  { name: "floor (trivial page)", kind: "floor", role: "owner", method: "GET", path: () => "/about" },
  { name: "dashboard data", kind: "dashboard", role: "owner", method: "GET", path: () => "/api/dashboard" },
  { name: "portfolio page", kind: "read", role: "owner", method: "GET", path: () => "/portfolio" },
  { name: "organization list", kind: "read", role: "owner", method: "GET", path: () => "/organizations" },
  {
    name: "organization list, filtered",
    kind: "read",
    role: "owner",
    method: "GET",
    path: () => "/organizations?model=MANAGED&q=a",
  },
  {
    // The REST API v1 (issue 17): a read token of the large tenant created by the bench, one page of 50.
    name: "API organization list",
    kind: "api",
    role: "api",
    method: "GET",
    path: () => "/api/v1/organizations?limit=50&lifecycle=ACTIVE",
  },
  {
    name: "organization page",
    kind: "read",
    role: "manager",
    method: "GET",
    path: (d) => `/organizations/${d.organizationId}`,
  },
  {
    name: "assessment result",
    kind: "read",
    role: "manager",
    method: "GET",
    path: (d) => `/organizations/${d.organizationId}/assessments/${d.assessmentId}`,
  },
  {
    name: "report editor",
    kind: "read",
    role: "manager",
    method: "GET",
    path: (d) => `/reports/${d.draftReportId}/edit`,
  },
  {
    name: "report page (client)",
    kind: "read",
    role: "client",
    method: "GET",
    path: (d) => `/portal/reports/${d.clientReportId}`,
  },
  {
    name: "finalize assessment",
    kind: "write",
    role: "writer",
    method: "POST",
    path: () => "/organizations/{org}/assessments/{assessment}",
    action: {
      exportedName: "finalizeAssessmentAction",
      filename: "lib/actions/assessments.ts",
      pool: "assessments",
      expect: /"recommendation":"(BREAK_FIX|HYBRID|MANAGED)"/,
    },
  },
  {
    name: "publish report",
    kind: "write",
    role: "writer",
    method: "POST",
    path: () => "/reports/{report}",
    action: {
      exportedName: "publishReportAction",
      filename: "lib/actions/reports.ts",
      pool: "reports",
      expect: /"alreadyPublished":false/,
    },
  },
];

/** The `accept` header a signed-in browser (or the app's own fetch) sends for `path`. */
export function acceptFor(path: string): string {
  return path.startsWith("/api/") ? "application/json" : "text/html,application/xhtml+xml";
}
