import { beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/access/permissions";
import { createApiTokenFor } from "@/lib/seed/factories";
import {
  buildMatrixWorlds,
  discoverEntryPoints,
  fingerprint,
  targetFor,
  type ApiEntryPoint,
  type MatrixWorlds,
} from "@/tests/access/harness";
import { API_ROWS, type ApiRow } from "@/tests/access/api-rows";
import { grantMismatches } from "@/tests/access/oracle";
import { ownerDb } from "@/tests/support/db";

/**
 * The REST API v1 in the access matrix: every /api/v1 operation × token actors × own and
 * foreign targets. Expected outcomes come from the hand-written rows (tests/access/api-rows.ts)
 * and the table below, never from lib/access/permissions.ts: no token, a malformed, unknown,
 * expired or revoked token → 401; a read token on a write → 403; another tenant's target → 404
 * (audited, nothing changed); everything else gets through.
 */
type TokenActor = "none" | "malformed" | "unknown" | "expiredA" | "revokedA" | "readA" | "writeA" | "writeB";
const ACTORS: TokenActor[] = ["none", "malformed", "unknown", "expiredA", "revokedA", "readA", "writeA", "writeB"];
type Target = "own" | "foreign";
type Expected = 401 | 403 | 404 | "OK";

/** Which tenant each live token belongs to (by hand). */
const TENANT: Partial<Record<TokenActor, "A" | "B">> = { readA: "A", writeA: "A", writeB: "B" };

function expected(row: ApiRow, actor: TokenActor, target: Target): Expected {
  const tenant = TENANT[actor];
  if (!tenant) return 401;
  if (!row.roles.includes("ACCOUNT_MANAGER")) return 404;
  if (row.write && actor === "readA") return 403;
  if (row.scope === "none") return "OK";
  return (target === "own" ? "A" : "B") === tenant ? "OK" : 404;
}

let worlds: MatrixWorlds;
let apiEntries: ApiEntryPoint[];
const secrets = {} as Record<TokenActor, string | null>;

beforeAll(async () => {
  [worlds, { apiEntries }] = await Promise.all([buildMatrixWorlds(), discoverEntryPoints()]);
  const db = ownerDb();
  const a = { tenantId: worlds.a.tenant.id, createdById: worlds.a.owner.user.id, rateLimit: 100_000 };
  const b = { tenantId: worlds.b.tenant.id, createdById: worlds.b.owner.user.id, rateLimit: 100_000 };
  secrets.none = null;
  secrets.malformed = "not-a-token";
  secrets.unknown = `mst_${"A".repeat(43)}`;
  secrets.expiredA = (await createApiTokenFor(db, { ...a, expiresAt: new Date(Date.now() - 1000) })).secret;
  secrets.revokedA = (await createApiTokenFor(db, { ...a, revokedAt: new Date() })).secret;
  secrets.readA = (await createApiTokenFor(db, { ...a, access: "READ" })).secret;
  secrets.writeA = (await createApiTokenFor(db, { ...a, access: "READ_WRITE" })).secret;
  secrets.writeB = (await createApiTokenFor(db, { ...b, access: "READ_WRITE" })).secret;
}, 120_000);

describe("the API's access matrix covers every /api/v1 operation", () => {
  it("finds the API operations, each with a row, and no stale rows", () => {
    const names = apiEntries.map((e) => e.name);
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(names.filter((n) => !API_ROWS[n])).toEqual([]);
    expect(Object.keys(API_ROWS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("agrees with the permission matrix for the role a token acts with, and its rows are its own", () => {
    expect(grantMismatches(apiEntries, API_ROWS, PERMISSIONS)).toEqual([]);
    const taken = { ...PERMISSIONS, "org.read": ["OWNER"] as const };
    expect(grantMismatches(apiEntries, API_ROWS, taken).length).toBeGreaterThan(0);
  });

  it("declares write operations as the rows say (a read token may call GET only)", () => {
    for (const e of apiEntries) expect(e.operation.method !== "GET", e.name).toBe(API_ROWS[e.name]!.write);
  });
});

describe("every API operation × token × target", () => {
  it("allows exactly what the rows allow; refuses with 401/403/404 problems, unchanged data, audited 404s", async () => {
    const failures: string[] = [];
    const tenantIds = [worlds.a.tenant.id, worlds.b.tenant.id];
    let calls = 0;
    for (const entry of apiEntries) {
      const row = API_ROWS[entry.name];
      if (!row) continue;
      for (const actor of ACTORS) {
        for (const target of ["own", "foreign"] as const) {
          const want = expected(row, actor, target);
          const input = await row.input(targetFor(worlds, target === "own" ? "orgX" : "foreign"));
          const before = want === "OK" ? null : await fingerprint(tenantIds);
          const denials = () => ownerDb().auditEvent.count({ where: { action: "access.denied" } });
          const deniedBefore = want === 404 ? await denials() : 0;
          const response = await entry.call({ token: secrets[actor], ...input });
          calls++;
          const label = `${entry.name} with ${actor} on ${target}`;
          const text = await response.text();
          if (want === "OK") {
            if (response.status !== row.status)
              failures.push(`${label}: expected ${row.status}, got ${response.status} ${text.slice(0, 300)}`);
            continue;
          }
          if (response.status !== want)
            failures.push(`${label}: expected ${want}, got ${response.status} ${text.slice(0, 300)}`);
          if (response.headers.get("content-type") !== "application/problem+json")
            failures.push(`${label}: not a problem+json answer`);
          const problem = JSON.parse(text) as { status?: number; type?: string; title?: string; detail?: string };
          if (problem.status !== want || !problem.type || !problem.title || !problem.detail)
            failures.push(`${label}: incomplete problem ${text.slice(0, 200)}`);
          if (want === 401 && !response.headers.get("www-authenticate")?.startsWith("Bearer"))
            failures.push(`${label}: 401 without WWW-Authenticate: Bearer`);
          if ((await fingerprint(tenantIds)) !== before)
            failures.push(`${label}: the database changed on a refused call`);
          if (want === 404 && (await denials()) <= deniedBefore) failures.push(`${label}: the 404 was not audited`);
        }
      }
    }
    console.info(`API access matrix: ${apiEntries.length} operations, ${calls} calls`);
    expect(failures).toEqual([]);
  }, 600_000);
});
