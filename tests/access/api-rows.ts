import { randomUUID } from "node:crypto";
import type { ActorRole } from "@/lib/access/permissions";
import { createOrganization } from "@/lib/seed/factories";
import type { Targets } from "@/tests/access/harness";
import { ownerDb } from "@/tests/support/db";

/**
 * One row per REST API v1 operation (keyed by its meta.name, "api.<operationId>"): the API's
 * part of the access matrix (tests/integration/api-access-matrix.test.ts) and of the fuzz suite
 * (tests/integration/api-fuzz.test.ts). WRITTEN BY HAND, not read from the code under test:
 *
 * roles  — the roles whose permission the operation needs (a token acts as ACCOUNT_MANAGER);
 * write  — true when a read token must be refused (403);
 * scope  — "tenant": the target is an id, a foreign one is 404; "none": a list or a creation,
 *          which every token may call in its own tenant;
 * status — the success status;
 * input  — a VALID request for the target (fresh fixtures made with ownerDb() when the call consumes them).
 */
export type ApiRequest = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
};
export type ApiRow = {
  roles: readonly ActorRole[];
  write: boolean;
  scope: "tenant" | "none";
  status: 200 | 201;
  input: (t: Targets) => ApiRequest | Promise<ApiRequest>;
};

const STAFF = ["OWNER", "ACCOUNT_MANAGER"] as const;
const uid = () => randomUUID().slice(0, 8);
const db = () => ownerDb();

let periods = 0;
/** A past month no other fixture of this suite uses (2010-01, 2010-02, …). */
function freshPeriod(): string {
  const n = periods++;
  return `${2010 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

export const API_ROWS: Record<string, ApiRow> = {
  "api.listOrganizations": {
    roles: STAFF,
    write: false,
    scope: "none",
    status: 200,
    input: () => ({ query: { limit: "5", lifecycle: "ACTIVE" } }),
  },
  "api.getOrganization": {
    roles: STAFF,
    write: false,
    scope: "tenant",
    status: 200,
    input: (t) => ({ params: { id: t.orgId } }),
  },
  "api.createOrganization": {
    roles: STAFF,
    write: true,
    scope: "none",
    status: 201,
    input: () => ({
      body: {
        name: `API org ${uid()}`,
        headcount: 25,
        sites: 1,
        currentModel: "BREAK_FIX",
        lifecycleStatus: "ACTIVE",
        clientSince: "2025-06-01",
      },
    }),
  },
  "api.updateOrganization": {
    roles: STAFF,
    write: true,
    scope: "tenant",
    status: 200,
    input: async (t) => {
      const org = await createOrganization(db(), { tenantId: t.world.tenant.id, name: `API target ${uid()}` });
      return { params: { id: org.id }, body: { version: 1, headcount: 42, notes: "Synced from the PSA" } };
    },
  },
  "api.listInterventions": {
    roles: STAFF,
    write: false,
    scope: "tenant",
    status: 200,
    input: (t) => ({ params: { id: t.orgId }, query: { limit: "10", from: "2024-01-01" } }),
  },
  "api.upsertInterventions": {
    roles: STAFF,
    write: true,
    scope: "tenant",
    status: 200,
    input: (t) => ({
      params: { id: t.orgId },
      body: {
        sourceSystem: "Matrix PSA",
        items: [
          {
            externalId: `T-${uid()}`,
            occurredOn: "2025-05-04",
            hours: 1.5,
            category: "Network",
            detection: "USER_REPORTED",
          },
        ],
      },
    }),
  },
  "api.listModelChanges": {
    roles: STAFF,
    write: false,
    scope: "none",
    status: 200,
    input: () => ({ query: { limit: "10" } }),
  },
  "api.listAssessments": {
    roles: STAFF,
    write: false,
    scope: "none",
    status: 200,
    input: () => ({ query: { status: "FINAL" } }),
  },
  "api.getAssessment": {
    roles: STAFF,
    write: false,
    scope: "tenant",
    status: 200,
    input: (t) => ({ params: { id: t.assessmentId } }),
  },
  "api.listReports": {
    roles: STAFF,
    write: false,
    scope: "none",
    status: 200,
    input: () => ({ query: { status: "PUBLISHED" } }),
  },
  "api.getReport": {
    roles: STAFF,
    write: false,
    scope: "tenant",
    status: 200,
    input: (t) => ({ params: { id: t.reportId } }),
  },
  "api.createReport": {
    roles: STAFF,
    write: true,
    scope: "tenant",
    status: 201,
    input: (t) => ({
      body: {
        organizationId: t.orgId,
        period: freshPeriod(),
        metrics: { incidentsOpened: { value: 12, source: "PSA", asOf: "2025-01-31" } },
      },
    }),
  },
};
