import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO } from "./helpers";

/**
 * Every page of the app and who may open it, for the tests that walk them all
 * (page-status.spec.ts, forms.spec.ts). The expected statuses are written here by hand
 * (the tests' own oracle), not read from lib/access/permissions.ts.
 */
export type Who = "admin" | "owner" | "manager" | "client" | "otherOwner";
export const EMAIL: Record<Who, string> = {
  admin: DEMO.admin,
  owner: DEMO.owner,
  manager: DEMO.manager,
  client: DEMO.client,
  otherOwner: DEMO.otherTenantOwner,
};

/** Who gets 200; everyone else signed in gets 404. `{…}` is a Northwind record found below. */
export const PAGES: [path: string, allowed: Who[]][] = [
  ["/admin", ["admin"]],
  ["/admin/tenants", ["admin"]],
  ["/admin/tenants/new", ["admin"]],
  ["/admin/tenants/{tenant}", ["admin"]],
  ["/audit", ["owner", "otherOwner"]],
  ["/data-export", ["owner", "otherOwner"]],
  ["/team", ["owner", "otherOwner"]],
  ["/settings", ["owner", "otherOwner"]],
  ["/integrations/tokens", ["owner", "otherOwner"]],
  ["/integrations/api-reference", ["owner", "otherOwner"]],
  ["/portfolio", ["owner", "manager", "otherOwner"]],
  ["/follow-ups", ["owner", "manager", "otherOwner"]],
  ["/organizations", ["owner", "manager", "otherOwner"]],
  ["/organizations/new", ["owner", "manager", "otherOwner"]],
  ["/organizations/{org}", ["owner", "manager"]],
  ["/organizations/{org}/edit", ["owner", "manager"]],
  ["/organizations/{org}/move", ["owner", "manager"]],
  ["/organizations/{org}/calls/new", ["owner", "manager"]],
  ["/organizations/{org}/calls/{call}", ["owner", "manager"]],
  ["/organizations/{org}/calls/{call}/edit", ["owner", "manager"]],
  ["/organizations/{org}/assessments/{assessment}", ["owner", "manager"]],
  ["/organizations/{org}/roadmap", ["owner", "manager"]],
  ["/organizations/{org}/roadmap?year=2099", []],
  ["/reports", ["owner", "manager", "otherOwner"]],
  ["/reports/all", ["owner", "manager", "otherOwner"]],
  ["/reports/new", ["owner", "manager", "otherOwner"]],
  ["/reports/{report}", ["owner", "manager"]],
  ["/reports/{report}/edit", ["owner", "manager"]],
  ["/portal", ["client"]],
  ["/portal/reports/{report}", ["client"]],
  ["/portal/proposals", ["client"]],
  ["/portal/roadmap", ["client"]],
  ["/portal/roadmap?year=1999", []],
  ["/profile", ["admin", "owner", "manager", "client", "otherOwner"]],
  ["/about", ["admin", "owner", "manager", "client", "otherOwner"]],
  // The dev mailbox (MAIL_DEV_MAILBOX=1 in playwright.config.ts; a 404 for everyone in production without it).
  ["/dev/mailbox", ["owner", "manager", "otherOwner"]],
  // Pages that do not exist, at every level.
  ["/no-such-page", []],
  ["/admin/no-such-page", []],
  ["/admin/tenants/no-such-tenant", []],
  ["/team/no-such-page", []],
  ["/settings/no-such-page", []],
  ["/audit/no-such-page", []],
  ["/portal/no-such-page", []],
  ["/portal/reports/no-such-report", []],
  ["/portal/proposals/no-such-proposal", []],
  ["/portfolio/no-such-page", []],
  ["/follow-ups/no-such-page", []],
  ["/organizations/no-such-org", []],
  ["/organizations/{org}/no-such-page", []],
  ["/organizations/{org}/proposals/no-such-proposal", []],
  ["/reports/no-such-report", []],
  ["/reports/all/no-such-page", []],
  ["/profile/no-such-page", []],
  ["/about/no-such-page", []],
  ["/dev/no-such-page", []],
];

async function firstMatch(request: APIRequestContext, url: string, pattern: RegExp): Promise<string> {
  const html = await (await request.get(url)).text();
  const found = [...html.matchAll(pattern)].map((m) => m[1]!).find((id) => id !== "new");
  expect(found, `${pattern} in ${url}`).toBeTruthy();
  return found!;
}

/** The Northwind records the `{…}` of PAGES stand for, read from the pages as each role sees them. */
export async function recordIds(requestOf: (who: Who) => APIRequestContext): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const owner = requestOf("owner");
  ids.tenant = await firstMatch(requestOf("admin"), "/admin/tenants", /href="\/admin\/tenants\/([A-Za-z0-9_-]+)"/g);
  ids.report = await firstMatch(requestOf("client"), "/portal", /href="\/portal\/reports\/([A-Za-z0-9_-]+)"/g);
  ids.org = await firstMatch(owner, "/organizations?q=Cedar", /href="\/organizations\/([A-Za-z0-9_-]+)"/g);
  ids.call = await firstMatch(
    owner,
    `/organizations/${ids.org}`,
    new RegExp(`href="/organizations/${ids.org}/calls/([A-Za-z0-9_-]+)"`, "g"),
  );
  ids.assessment = await firstMatch(
    owner,
    `/organizations/${ids.org}`,
    new RegExp(`href="/organizations/${ids.org}/assessments/([A-Za-z0-9_-]+)"`, "g"),
  );
  return ids;
}

export const fillIds = (path: string, ids: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, key: string) => ids[key]!);
