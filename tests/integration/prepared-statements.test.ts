import { beforeAll, describe, expect, it } from "vitest";
import { statementName } from "@/lib/db/client";
import { withDbContext, type DbContext } from "@/lib/db/context";
import { env } from "@/lib/env";
import { onEmbedded, ownerDb } from "@/tests/support/db";
import { createFullWorld } from "@/tests/support/worlds";

/**
 * Named prepared statements (lib/db/client.ts, DB_PREPARED_STATEMENTS): each SQL text is parsed
 * and planned once per connection, then re-executed by name. What must hold: a statement prepared
 * in one tenant's transaction and re-executed in another's sees only the second tenant's rows (the
 * RLS policies read the transaction's settings at execution, not at preparation), and the
 * statements are really reused (not a switch that does nothing).
 */
type World = Awaited<ReturnType<typeof createFullWorld>>;
let a: World;
let b: World;
const staff = (w: World): DbContext => ({ tenantId: w.tenant.id, userId: w.owner.user.id, role: "OWNER" });

beforeAll(async () => {
  [a, b] = await Promise.all([createFullWorld(), createFullWorld()]);
});

describe("statement names", () => {
  it("are stable for a SQL text, distinct across texts, and fit PostgreSQL's 63-byte identifiers", () => {
    const sql = 'SELECT "id" FROM "ClientOrganization" WHERE "tenantId" = $1';
    expect(statementName(sql)).toBe(statementName(sql));
    expect(statementName(sql)).not.toBe(statementName(`${sql} LIMIT $2`));
    expect(Buffer.byteLength(statementName(sql))).toBeLessThanOrEqual(63);
    expect(statementName(sql)).toMatch(/^m_[A-Za-z0-9_-]+$/);
  });
});

describe.skipIf(onEmbedded())("on PostgreSQL, with DB_PREPARED_STATEMENTS=on", () => {
  it("is on by default", () => {
    expect(env().DB_PREPARED_STATEMENTS).toBe("on");
  });

  it("re-executes one prepared statement for alternating tenants, each seeing only its own rows", async () => {
    const own = async (w: World) =>
      (await ownerDb().clientOrganization.findMany({ where: { tenantId: w.tenant.id }, select: { id: true } }))
        .map((o) => o.id)
        .sort();
    const expected = new Map([
      [a.tenant.id, await own(a)],
      [b.tenant.id, await own(b)],
    ]);
    expect(expected.get(a.tenant.id)!.length).toBeGreaterThan(0);
    expect(expected.get(b.tenant.id)!.length).toBeGreaterThan(0);

    let reuse = 0;
    for (let i = 0; i < 12; i++) {
      const w = i % 2 ? b : a;
      const { ids, runs } = await withDbContext(staff(w), async (tx) => {
        // No tenant filter in the query itself: only RLS keeps the other tenant's rows out.
        const rows = await tx.clientOrganization.findMany({ select: { id: true }, orderBy: { id: "asc" } });
        const prepared = await tx.$queryRaw<{ runs: bigint }[]>`
          SELECT max(generic_plans + custom_plans) AS runs FROM pg_prepared_statements
          WHERE statement LIKE '%FROM "public"."ClientOrganization"%' AND name LIKE 'm\\_%'`;
        return { ids: rows.map((r) => r.id), runs: Number(prepared[0]?.runs ?? 0) };
      });
      expect(ids, `run ${i} as ${w.tenant.slug}`).toEqual(expected.get(w.tenant.id));
      reuse = Math.max(reuse, runs);
    }
    // The pool hands the idle connection back: the same named statement ran several times on it.
    expect(reuse).toBeGreaterThanOrEqual(4);
  });
});

describe.runIf(onEmbedded())("on the embedded PGlite", () => {
  it("is off: one PGlite session serves every connection, and names would collide", () => {
    expect(env().DB_PREPARED_STATEMENTS).toBe("off");
  });
});
