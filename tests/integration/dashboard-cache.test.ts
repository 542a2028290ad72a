import { beforeAll, describe, expect, it } from "vitest";
import { withDbContext } from "@/lib/db/context";
import { recordQueries } from "@/lib/db/query-events";
import { dashboardCacheKey } from "@/lib/domain/dashboard/cache";
import { DEFAULT_FILTERS } from "@/lib/domain/dashboard/schemas";
import {
  createOrganization,
  createReport,
  createScopingCall,
  createWorld,
  recordModelChange,
  type OwnerDb,
  type World,
} from "@/lib/seed/factories";
import { daysFromToday, getDashboard, monthDay } from "@/tests/integration/dashboard-support";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * The dashboard cache (lib/domain/dashboard/cache.ts, migration *_dashboard_cache): served
 * while nothing the dashboard reads has changed, recomputed in the request after any change
 * (each kind of write bumps the tenant's version in its commit), never shared across tenants.
 */
let w: World;
let other: World;

const version = async (tenantId: string) =>
  (await ownerDb().dashboardVersion.findUnique({ where: { tenantId }, select: { version: true } }))?.version ?? 0;

/** The dashboard as the owner, and whether it came from the cache (one statement after authentication). */
async function dashboard(world: World = w) {
  actAs(world.owner.user);
  const { result, queries } = await recordQueries(() => getDashboard());
  expect(result.status).toBe(200);
  return { body: result.body, statements: queries.length };
}

beforeAll(async () => {
  w = await createWorld(ownerDb());
  other = await createWorld(ownerDb());
});

describe("the dashboard cache", () => {
  it("serves an unchanged tenant from one stored payload, and recomputes after a change", async () => {
    const first = await dashboard();
    const again = await dashboard();
    expect(again.body).toEqual(first.body);
    expect(again.statements).toBeLessThan(first.statements - 3);
    const rows = await ownerDb().dashboardCache.findMany({ where: { tenantId: w.tenant.id } });
    expect(rows.map((r) => r.key)).toEqual([dashboardCacheKey(DEFAULT_FILTERS)]);
    expect(rows[0]?.version).toBe(await version(w.tenant.id));

    const db = ownerDb();
    const before = await version(w.tenant.id);
    await recordModelChange(db, {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      recordedById: w.owner.user.id,
      fromModel: null,
      toModel: "HYBRID",
      effectiveDate: monthDay(-1),
    });
    await db.clientOrganization.update({
      where: { tenantId_id: { tenantId: w.orgX.tenantId, id: w.orgX.id } },
      data: { currentModel: "HYBRID", lifecycleStatus: "ACTIVE" },
    });
    expect(await version(w.tenant.id)).toBeGreaterThan(before);
    const after = await dashboard();
    expect(after.statements).toBe(first.statements);
    expect(after.body.now.byModel.HYBRID.clients).toBe(first.body.now.byModel.HYBRID.clients + 1);
  });

  it("is invalidated by every kind of write the dashboard reads, and only by those", async () => {
    const db = ownerDb();
    const t = w.tenant.id;
    const bumps = async (write: () => Promise<unknown>) => {
      const before = await version(t);
      await write();
      return (await version(t)) > before;
    };
    const org = await createOrganization(db, { tenantId: t, name: "Cache Co", accountManagerId: w.manager.user.id });
    const call = await createScopingCall(db, {
      tenantId: t,
      organizationId: org.id,
      authorId: w.manager.user.id,
      followUpDate: daysFromToday(-1),
      followUpDone: false,
    });
    const report = await createReport(db, {
      tenantId: t,
      organizationId: org.id,
      authorId: w.manager.user.id,
      period: "2026-01",
    });
    const draft = await db.assessment.create({
      data: { tenantId: t, organizationId: org.id, authorId: w.manager.user.id },
    });

    // What the dashboard shows.
    expect(await bumps(() => createOrganization(db, { tenantId: t, name: "Cache Co 2" }))).toBe(true);
    expect(
      await bumps(() =>
        db.clientOrganization.update({
          where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
          data: { name: "Cache Co renamed" },
        }),
      ),
    ).toBe(true);
    expect(
      await bumps(() =>
        db.clientOrganization.update({
          where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
          data: { headcount: { increment: 1 } },
        }),
      ),
    ).toBe(true);
    expect(
      await bumps(() =>
        db.clientOrganization.update({
          where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
          data: { accountManagerId: null },
        }),
      ),
    ).toBe(true);
    expect(
      await bumps(() =>
        db.scopingCall.update({
          where: { tenantId_id: { tenantId: call.tenantId, id: call.id } },
          data: { followUpDone: true },
        }),
      ),
    ).toBe(true);
    expect(
      await bumps(() =>
        createReport(db, { tenantId: t, organizationId: org.id, authorId: w.manager.user.id, period: "2026-02" }),
      ),
    ).toBe(true);
    expect(await bumps(() => db.steeringReport.delete({ where: { id: report.id } }))).toBe(true);
    expect(
      await bumps(() =>
        db.assessment.update({
          where: { id: draft.id },
          data: { status: "FINAL", recommendation: "MANAGED", costGap: 10, finalizedAt: new Date() },
        }),
      ),
    ).toBe(true);
    expect(await bumps(() => db.tenant.update({ where: { id: t }, data: { suitePerUser: 7 } }))).toBe(true);
    expect(
      await bumps(() =>
        recordModelChange(db, {
          tenantId: t,
          organizationId: org.id,
          recordedById: w.owner.user.id,
          fromModel: null,
          toModel: "BREAK_FIX",
          effectiveDate: monthDay(-2),
        }),
      ),
    ).toBe(true);

    // What it does not.
    expect(
      await bumps(() =>
        db.clientOrganization.update({
          where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
          data: { industry: "Logistics" },
        }),
      ),
    ).toBe(false);
    expect(
      await bumps(() =>
        db.scopingCall.update({
          where: { tenantId_id: { tenantId: call.tenantId, id: call.id } },
          data: { summary: "Edited notes" },
        }),
      ),
    ).toBe(false);
    expect(await bumps(() => db.tenant.update({ where: { id: t }, data: { name: "Renamed MSP" } }))).toBe(false);
    // Another tenant's writes leave this one's version alone.
    expect(await bumps(() => createOrganization(db, { tenantId: other.tenant.id, name: "Elsewhere" }))).toBe(false);
  });

  it("counts a bulk write once per tenant and transaction", async () => {
    const db = ownerDb();
    const before = await version(w.tenant.id);
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 5; i++)
        await createOrganization(tx as unknown as OwnerDb, { tenantId: w.tenant.id, name: `Bulk ${i}` });
    });
    expect(await version(w.tenant.id)).toBe(before + 1);
  });

  it("is the caller's tenant's only (row-level security), and clients read none of it", async () => {
    await dashboard(w);
    await dashboard(other);
    const staff = { tenantId: other.tenant.id, userId: other.owner.user.id, role: "OWNER" as const };
    const seen = await withDbContext(staff, async (tx) => ({
      cache: await tx.dashboardCache.findMany({ select: { tenantId: true } }),
      versions: await tx.dashboardVersion.findMany({ select: { tenantId: true } }),
    }));
    expect(seen.cache.length).toBeGreaterThan(0);
    expect(new Set(seen.cache.map((r) => r.tenantId))).toEqual(new Set([other.tenant.id]));
    expect(new Set(seen.versions.map((r) => r.tenantId))).toEqual(new Set([other.tenant.id]));

    // Writing another tenant's payload is refused by PostgreSQL; no policy lets the app write a version.
    await expect(
      withDbContext(
        staff,
        (tx) =>
          tx.$executeRaw`INSERT INTO "DashboardCache" ("tenantId", key, "asOf", version, payload, "updatedAt") VALUES (${w.tenant.id}, 'x', CURRENT_DATE, 0, '{}', now())`,
      ),
    ).rejects.toThrow();
    expect(
      await withDbContext(staff, (tx) => tx.$executeRaw`UPDATE "DashboardVersion" SET version = version + 1`),
    ).toBe(0);
    expect(await withDbContext(staff, (tx) => tx.$executeRaw`DELETE FROM "DashboardVersion"`)).toBe(0);

    const client = {
      tenantId: w.tenant.id,
      userId: w.clientX.user.id,
      role: "CLIENT" as const,
      organizationId: w.orgX.id,
    };
    const asClient = await withDbContext(client, async (tx) => ({
      cache: await tx.dashboardCache.count(),
      versions: await tx.dashboardVersion.count(),
    }));
    expect(asClient).toEqual({ cache: 0, versions: 0 });
  });
});
