import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE, withDbContext, type DbContext } from "@/lib/db/context";
import { onEmbedded, ownerDb } from "@/tests/support/db";
import { createFullWorld } from "@/tests/support/worlds";

/**
 * Row-level security, the second wall: these tests go around the application
 * layer and talk SQL as the runtime role, with and without a context.
 * On CI they run on PostgreSQL 15 connected AS mainstay_app; on the embedded
 * PGlite the connection is a superuser that switches to mainstay_app per
 * transaction (the same path the app takes).
 */
type World = Awaited<ReturnType<typeof createFullWorld>>;
let a: World;
let b: World;
let tenantTables: string[];

const q = (n: string) => `"${n.replace(/"/g, "")}"`;

beforeAll(async () => {
  [a, b] = await Promise.all([createFullWorld(), createFullWorld()]);
  const rows = await ownerDb().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'tenantId' ORDER BY table_name`;
  tenantTables = rows.map((r) => r.table_name);
});

const staff = (w: World): DbContext => ({ tenantId: w.tenant.id, userId: w.owner.user.id, role: "OWNER" });

describe("the runtime role", () => {
  it("is not superuser, not BYPASSRLS and owns no table", async () => {
    const [role] = await ownerDb().$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean }[]>`
      SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${APP_ROLE}`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await ownerDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = ${APP_ROLE}`;
    expect(owned[0]?.n).toBe(0);
  });

  it("is the role every request runs as", async () => {
    const [who] = await withDbContext({}, (tx) => tx.$queryRaw<{ current_user: string }[]>`SELECT current_user`);
    expect(who?.current_user).toBe(APP_ROLE);
  });

  it.skipIf(onEmbedded())("is what the app logs in as on a real server (DATABASE_URL)", async () => {
    const [who] = await withDbContext({}, (tx) => tx.$queryRaw<{ session_user: string }[]>`SELECT session_user`);
    expect(who?.session_user).toBe(APP_ROLE);
  });
});

describe("every tenant table", () => {
  it("has RLS enabled and forced (a new table without it fails here)", async () => {
    expect(tenantTables.length).toBeGreaterThanOrEqual(11);
    const rows = await ownerDb().$queryRaw<
      { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]
    >`
      SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`;
    const byName = new Map(rows.map((r) => [r.relname, r]));
    for (const table of [...tenantTables, "Tenant", "User"]) {
      expect(byName.get(table), table).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    }
  });

  it("is every table of the schema but the two exempt ones, named with why (ARCHITECTURE.md)", async () => {
    const EXEMPT = {
      LoginThrottle: "hashed sign-in keys and counters, no tenant or user data, read before sign-in",
      _prisma_migrations: "Prisma's ledger, which the runtime role cannot read at all",
    };
    const rows = await ownerDb().$queryRaw<{ relname: string }[]>`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
      ORDER BY c.relname COLLATE "C"`;
    expect(rows.map((r) => r.relname)).toEqual(Object.keys(EXEMPT).sort());
    const [grant] = await ownerDb().$queryRaw<{ ok: boolean }[]>`
      SELECT has_table_privilege(${APP_ROLE}, 'public._prisma_migrations', 'SELECT') AS ok`;
    expect(grant?.ok).toBe(false);
  });

  it("has rows in both test worlds (so the checks below are not vacuous)", async () => {
    for (const table of tenantTables) {
      for (const w of [a, b]) {
        const [row] = await ownerDb().$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${q(table)} WHERE "tenantId" = $1`,
          w.tenant.id,
        );
        expect(row?.n, `${table} in ${w.tenant.slug}`).toBeGreaterThan(0);
      }
    }
  });

  it("shows nothing without a context, and refuses inserts", async () => {
    for (const table of [...tenantTables, "Tenant", "User"]) {
      const [row] = await withDbContext({}, (tx) =>
        tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${q(table)}`),
      );
      expect(row?.n, table).toBe(0);
    }
    await expect(
      withDbContext(
        {},
        (tx) =>
          tx.$executeRaw`INSERT INTO "ClientOrganization" (id, "tenantId", name, headcount, "updatedAt") VALUES (${randomUUID()}, ${a.tenant.id}, 'x', 1, now())`,
      ),
    ).rejects.toThrow(/row-level security|permission denied/);
  });

  it("lets tenant A's context neither read, update nor delete tenant B's rows", async () => {
    for (const table of tenantTables) {
      const result = await withDbContext(staff(a), async (tx) => {
        const [seen] = await tx.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${q(table)} WHERE "tenantId" = $1`,
          b.tenant.id,
        );
        const own = await tx.$queryRawUnsafe<{ tenantId: string }[]>(`SELECT "tenantId" FROM ${q(table)}`);
        // Append-only tables (the audit trail, proposal decisions) and tables nobody deletes from
        // (proposals) grant the runtime role no UPDATE / DELETE at all: nothing to try there.
        const [may] = await tx.$queryRawUnsafe<{ update: boolean; delete: boolean }[]>(
          `SELECT has_table_privilege(current_user, $1, 'UPDATE') AS update, has_table_privilege(current_user, $1, 'DELETE') AS delete`,
          q(table),
        );
        const updated = !may?.update
          ? 0
          : await tx.$executeRawUnsafe(`UPDATE ${q(table)} SET "updatedAt" = now() WHERE "tenantId" = $1`, b.tenant.id);
        const deleted = !may?.delete
          ? 0
          : await tx.$executeRawUnsafe(`DELETE FROM ${q(table)} WHERE "tenantId" = $1`, b.tenant.id);
        return {
          seen: seen?.n,
          foreignVisible: own.filter((r) => r.tenantId !== a.tenant.id).length,
          updated,
          deleted,
        };
      });
      expect(result, table).toEqual({ seen: 0, foreignVisible: 0, updated: 0, deleted: 0 });
    }
    // B's rows are all still there.
    const [orgs] = await ownerDb().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "ClientOrganization" WHERE "tenantId" = ${b.tenant.id}`;
    expect(orgs?.n).toBe(2);
  });

  it("refuses a row written into another tenant", async () => {
    await expect(
      withDbContext(
        staff(a),
        (tx) =>
          tx.$executeRaw`INSERT INTO "ClientOrganization" (id, "tenantId", name, headcount, "updatedAt") VALUES (${randomUUID()}, ${b.tenant.id}, 'smuggled', 1, now())`,
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withDbContext(
        staff(a),
        (tx) => tx.$executeRaw`UPDATE "ClientOrganization" SET "tenantId" = ${b.tenant.id} WHERE id = ${a.orgX.id}`,
      ),
    ).rejects.toThrow(/row-level security|foreign key/);
  });

  it("never lets an audit row be changed or deleted by the runtime role", async () => {
    await expect(
      withDbContext(
        staff(a),
        (tx) => tx.$executeRaw`UPDATE "AuditEvent" SET action = 'forged' WHERE "tenantId" = ${a.tenant.id}`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withDbContext(staff(a), (tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "tenantId" = ${a.tenant.id}`),
    ).rejects.toThrow(/permission denied/);
  });
});

describe("a client user's context", () => {
  const client = (w: World): DbContext => ({
    tenantId: w.tenant.id,
    userId: w.clientX.user.id,
    role: "CLIENT",
    organizationId: w.orgX.id,
  });

  it("sees only their organization and its published reports", async () => {
    const seen = await withDbContext(client(a), async (tx) => ({
      orgs: await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ClientOrganization"`,
      reports: await tx.$queryRaw<{ id: string; status: string }[]>`SELECT id, status::text FROM "SteeringReport"`,
      calls: await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ScopingCall"`,
      assessments: await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Assessment"`,
      audit: await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent"`,
      invitations: await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Invitation"`,
    }));
    expect(seen.orgs.map((o) => o.id)).toEqual([a.orgX.id]);
    expect(seen.reports).toEqual([{ id: a.reportId, status: "PUBLISHED" }]);
    expect([seen.calls[0]?.n, seen.assessments[0]?.n, seen.audit[0]?.n, seen.invitations[0]?.n]).toEqual([0, 0, 0, 0]);
  });

  it("cannot acknowledge a report of another organization", async () => {
    const yReport = await ownerDb().steeringReport.create({
      data: {
        tenantId: a.tenant.id,
        organizationId: a.orgY.id,
        authorId: a.manager.user.id,
        period: "2026-08",
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    await expect(
      withDbContext(
        client(a),
        (tx) =>
          tx.$executeRaw`INSERT INTO "ReportAcknowledgement" (id, "tenantId", "reportId", "userId", "updatedAt") VALUES (${randomUUID()}, ${a.tenant.id}, ${yReport.id}, ${a.clientX.user.id}, now())`,
      ),
    ).rejects.toThrow(/row-level security/);
  });
});

describe("transaction-local context", () => {
  it("200 concurrent scoped requests alternating tenants on a small pool never see each other's rows", async () => {
    const worlds = [a, b];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const w = worlds[i % 2]!;
        return withDbContext(staff(w), async (tx) => {
          const rows = await tx.$queryRaw<{ tenantId: string }[]>`SELECT "tenantId" FROM "ClientOrganization"`;
          const [setting] = await tx.$queryRaw<{ t: string }[]>`SELECT current_setting('app.tenant_id') AS t`;
          return {
            expected: w.tenant.id,
            tenants: [...new Set(rows.map((r) => r.tenantId))],
            setting: setting?.t,
            n: rows.length,
          };
        });
      }),
    );
    for (const r of results) {
      expect(r.tenants).toEqual([r.expected]);
      expect(r.setting).toBe(r.expected);
      expect(r.n).toBe(2);
    }
  });

  it("leaves nothing behind on the connection after COMMIT", async () => {
    await withDbContext(staff(a), (tx) => tx.$queryRaw`SELECT 1`);
    const rows = await Promise.all(
      Array.from({ length: 20 }, () =>
        withDbContext({}, (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ClientOrganization"`),
      ),
    );
    expect(rows.every((r) => r[0]?.n === 0)).toBe(true);
  });
});
