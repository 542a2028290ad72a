import { beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, type ActorRole } from "@/lib/access/permissions";
import type { ActionResult } from "@/lib/access/result";
import {
  ACTORS,
  TARGETS,
  actorUserId,
  becomeActor,
  buildMatrixWorlds,
  discoverEntryPoints,
  fingerprint,
  publicRoutes,
  targetFor,
  type ActorKey,
  type EntryPoint,
  type MatrixWorlds,
  type TargetKey,
} from "@/tests/access/harness";
import { grantMismatches } from "@/tests/access/oracle";
import { PUBLIC_ROUTE_ROWS } from "@/tests/access/public-rows";
import { ROWS, type RouteInput, type Row } from "@/tests/access/rows";
import { ownerDb } from "@/tests/support/db";

/**
 * The access matrix: every server action and route handler × six actors ×
 * three targets. Denials must be NOT_FOUND (UNAUTHENTICATED for anonymous),
 * leave the database unchanged and be audited; allowed calls must get through.
 */
const ROLE: Record<Exclude<ActorKey, "anonymous">, ActorRole> = {
  clientX: "CLIENT",
  clientY: "CLIENT",
  managerA: "ACCOUNT_MANAGER",
  ownerB: "OWNER",
  admin: "PLATFORM_ADMIN",
};

/** Which organization (tenant A's X or Y, or tenant B) each actor calls its own. */
const HOME: Record<Exclude<ActorKey, "anonymous" | "admin">, { tenant: "A" | "B"; org: TargetKey | null }> = {
  clientX: { tenant: "A", org: "orgX" },
  clientY: { tenant: "A", org: "orgY" },
  managerA: { tenant: "A", org: null },
  ownerB: { tenant: "B", org: null },
};

type Expected = "UNAUTHENTICATED" | "NOT_FOUND" | "ALLOWED";

function expected(entry: EntryPoint, row: Row, actor: ActorKey, target: TargetKey): Expected {
  if (actor === "anonymous") return "UNAUTHENTICATED";
  // The oracle is the row's hand-written roles, never the matrix under test.
  if (!entry.permission || !row.roles.includes(ROLE[actor])) return "NOT_FOUND";
  if (row.scope === "none" || row.scope === "platform") return "ALLOWED";
  if (actor === "admin") return "NOT_FOUND";
  const home = HOME[actor];
  const targetTenant = target === "foreign" ? "B" : "A";
  if (targetTenant !== home.tenant) return "NOT_FOUND";
  if (row.scope === "organization" && home.org && home.org !== target) return "NOT_FOUND";
  return "ALLOWED";
}

const STATUS_CODE: Record<number, string> = {
  401: "UNAUTHENTICATED",
  404: "NOT_FOUND",
  409: "CONFLICT",
  422: "VALIDATION",
  403: "SUSPENDED",
};

async function call(entry: EntryPoint, input: unknown): Promise<{ code: string; detail: string }> {
  if (entry.kind === "action") {
    const result = (await entry.call(input)) as ActionResult<unknown>;
    return result.ok
      ? { code: "OK", detail: "" }
      : { code: result.code, detail: `${result.message} ${JSON.stringify(result.fieldErrors ?? {})}` };
  }
  const { query = {}, params = {} } = (input ?? {}) as RouteInput;
  const response = await entry.call(query, params);
  const body = response.ok ? "" : await response.text();
  return {
    code: response.ok ? "OK" : (STATUS_CODE[response.status] ?? `HTTP_${response.status}`),
    detail: body.slice(0, 300),
  };
}

let worlds: MatrixWorlds;
let entries: EntryPoint[];
let unguarded: string[];
const tally = { calls: 0, denials: 0 };

beforeAll(async () => {
  [worlds, { entries, unguarded }] = await Promise.all([buildMatrixWorlds(), discoverEntryPoints()]);
}, 120_000);

describe("the access matrix covers every entry point", () => {
  it("finds no exported server action or route handler outside the guards", () => {
    expect(unguarded).toEqual([]);
  });

  it("has a row for every guarded entry point, and no stale rows", () => {
    const guarded = entries.filter((e) => e.permission !== null).map((e) => e.name);
    expect(
      guarded.filter((name) => !ROWS[name]),
      "entry points without a row in tests/access/rows.ts",
    ).toEqual([]);
    expect(
      Object.keys(ROWS).filter((name) => !guarded.includes(name)),
      "rows for entry points that no longer exist",
    ).toEqual([]);
  });
});

describe("its expectations are its own", () => {
  it("agrees with lib/access/permissions.ts grant for grant", () => {
    expect(grantMismatches(entries, ROWS, PERMISSIONS)).toEqual([]);
  });

  it("fails when one grant is flipped in a copy of the matrix (given or taken away)", () => {
    const given = { ...PERMISSIONS, "report.publish": [...PERMISSIONS["report.publish"], "CLIENT"] as const };
    expect(grantMismatches(entries, ROWS, given)).toEqual([
      "report.publish (report.publish): the matrix grants [ACCOUNT_MANAGER,CLIENT,OWNER], the test data says [ACCOUNT_MANAGER,OWNER]",
    ]);
    const taken = { ...PERMISSIONS, "export.tenant": [] as const };
    expect(grantMismatches(entries, ROWS, taken)).toEqual([
      "export.tenant (export.tenant): the matrix grants [], the test data says [OWNER]",
    ]);
  });
});

describe("every entry point × actor × target", () => {
  it("allows exactly what the matrix and the scope allow; denies with 404, unchanged data and an audit event", async () => {
    const failures: string[] = [];
    const tenantIds = [worlds.a.tenant.id, worlds.b.tenant.id];
    for (const entry of entries.filter((e) => e.permission !== null)) {
      const row = ROWS[entry.name];
      if (!row) continue;
      for (const actor of ACTORS) {
        for (const target of TARGETS) {
          const want = expected(entry, row, actor, target);
          becomeActor(worlds, actor);
          const input = await row.input(targetFor(worlds, target), worlds, actor);
          const before = want === "ALLOWED" ? null : await fingerprint(tenantIds);
          const denialsOf = () =>
            ownerDb().auditEvent.count({ where: { action: "access.denied", actorUserId: actorUserId(worlds, actor) } });
          const auditsBefore = want === "NOT_FOUND" ? await denialsOf() : 0;
          const got = await call(entry, input);
          tally.calls++;
          const label = `${entry.name} as ${actor} on ${target}`;
          if (want === "ALLOWED") {
            if (got.code !== "OK" && !(row.okCodes ?? []).includes(got.code))
              failures.push(`${label}: expected to get through, got ${got.code} ${got.detail}`);
            continue;
          }
          tally.denials++;
          if (got.code !== want) failures.push(`${label}: expected ${want}, got ${got.code} ${got.detail}`);
          if ((await fingerprint(tenantIds)) !== before)
            failures.push(`${label}: the database changed on a denied call`);
          if (want === "NOT_FOUND" && (await denialsOf()) <= auditsBefore) {
            failures.push(`${label}: the denial was not audited`);
          }
        }
      }
    }
    console.info(
      `access matrix: ${entries.length} entry points, ${tally.calls} calls, ${tally.denials} denials asserted`,
    );
    expect(failures).toEqual([]);
  }, 600_000);
});

describe("the public routes (no session: their own proof), case by case", () => {
  const optOuts = async () =>
    (
      await ownerDb().mailOptOut.findMany({
        where: { tenantId: { in: [worlds.a.tenant.id, worlds.b.tenant.id] } },
        select: { userId: true, kind: true },
      })
    )
      .map((o) => `${o.userId}:${o.kind}`)
      .sort();

  it("has hand-written cases for every public route, and none for a route that is gone", () => {
    const names = publicRoutes(entries).map((e) => e.name);
    expect(names.filter((n) => !PUBLIC_ROUTE_ROWS[n]?.length)).toEqual([]);
    expect(Object.keys(PUBLIC_ROUTE_ROWS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("answers each case with its status and exactly its effect, whoever is signed in", async () => {
    const failures: string[] = [];
    for (const entry of publicRoutes(entries)) {
      for (const c of PUBLIC_ROUTE_ROWS[entry.name] ?? []) {
        becomeActor(worlds, c.as);
        const { params, init } = c.request(worlds);
        const wanted = c.optOut ? `${actorUserId(worlds, c.optOut.user)}:${c.optOut.kind}` : null;
        // The effect must be observable: the member's switch starts on (other suites' rows, e.g.
        // mail.updatePreferences above, may have turned it off).
        if (c.optOut)
          await ownerDb().mailOptOut.deleteMany({
            where: { userId: actorUserId(worlds, c.optOut.user)!, kind: c.optOut.kind },
          });
        const before = await optOuts();
        if (wanted && before.includes(wanted)) failures.push(`${entry.name} "${c.what}": the opt-out existed before`);
        const response = await entry.call({}, params, init);
        const label = `${entry.name} "${c.what}" as ${c.as}`;
        if (response.status !== c.status)
          failures.push(
            `${label}: expected ${c.status}, got ${response.status} ${(await response.text()).slice(0, 200)}`,
          );
        const after = await optOuts();
        const expectedAfter = wanted ? [...before, wanted].sort() : before;
        if (JSON.stringify(after) !== JSON.stringify(expectedAfter))
          failures.push(
            `${label}: opt-outs ${JSON.stringify(before)} → ${JSON.stringify(after)}, expected ${wanted ?? "none"}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
