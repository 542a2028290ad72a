import { ECONOMICS } from "@/lib/engine/economics-keys";
import { beforeAll, describe, expect, it } from "vitest";
import { transitionsOf } from "@/lib/stats/history";
import { conversionTable, periodActivity } from "@/lib/stats/transitions";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import {
  bruteForceMonthlyCounts,
  chartMonthKeys,
  getDashboard,
  isoDay,
  type Model,
  monthKey,
  rawChanges,
  todayIso,
} from "@/tests/integration/dashboard-support";
import { MODELS } from "@/lib/vocabulary";

/**
 * The seeded demo tenant (Northwind: 17 clients, 18 months of history with a
 * managed → hybrid move and two churned clients). Every number the dashboard shows is
 * recomputed here from the raw rows, with plain queries and plain loops.
 */
describe("portfolio dashboard on the seeded demo tenant", () => {
  let tenantId: string;
  let ownerUser: { id: string };
  let alice: { id: string };
  beforeAll(async () => {
    const db = ownerDb();
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: "northwind" } });
    tenantId = tenant.id;
    ownerUser = await db.user.findUniqueOrThrow({ where: { email: "owner@northwind.test" } });
    alice = await db.user.findUniqueOrThrow({ where: { email: "alice@northwind.test" } });
  });

  const orgsOf = (managerId?: string) =>
    ownerDb().clientOrganization.findMany({
      where: { tenantId, ...(managerId ? { accountManagerId: managerId } : {}) },
      select: { id: true, name: true, currentModel: true, lifecycleStatus: true, headcount: true, endpoints: true },
    });

  for (const who of ["everyone", "alice"] as const) {
    it(`matches counts computed from the raw rows (${who})`, async () => {
      const managerId = who === "alice" ? alice.id : undefined;
      actAs(ownerUser);
      const { status, body } = await getDashboard(managerId ? `manager=${managerId}&months=24` : "months=24");
      expect(status).toBe(200);
      const orgs = await orgsOf(managerId);
      const ids = orgs.map((o) => o.id);
      const today = todayIso();

      // Now: active clients by current model, headcount, prospects, former.
      for (const model of MODELS) {
        const active = orgs.filter((o) => o.lifecycleStatus === "ACTIVE" && o.currentModel === model);
        expect(body.now.byModel[model]).toEqual({
          clients: active.length,
          users: active.reduce((n, o) => n + o.headcount, 0),
        });
      }
      expect(body.now.prospects).toBe(orgs.filter((o) => o.lifecycleStatus === "PROSPECT").length);
      expect(body.now.former).toBe(orgs.filter((o) => o.lifecycleStatus === "FORMER").length);

      // Revenue: headcount × the tenant's fee (hybrid: Microsoft 365 per user + backups per
      // endpoint, each organization's own endpoints or its headcount where they are not known).
      const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { id: tenantId } });
      const hybrid = orgs.filter((o) => o.lifecycleStatus === "ACTIVE" && o.currentModel === "HYBRID");
      const hybridEndpoints = hybrid.reduce((n, o) => n + (o.endpoints ?? o.headcount), 0);
      const backup = tenant.backupPerEndpoint ?? ECONOMICS.backupPerEndpoint.fallback;
      expect(body.revenue.HYBRID.backups).toEqual({
        endpoints: hybridEndpoints,
        perEndpoint: backup,
        estimated: hybrid.filter((o) => o.endpoints === null).length,
      });
      expect(body.revenue.HYBRID.monthly).toBeCloseTo(
        body.now.byModel.HYBRID.users * (tenant.suitePerUser ?? ECONOMICS.suitePerUser.fallback) +
          hybridEndpoints * backup,
        2,
      );
      expect(body.revenue.MANAGED.monthly).toBeCloseTo(
        body.now.byModel.MANAGED.users * (tenant.managedPerUser ?? ECONOMICS.managedPerUser.fallback),
        2,
      );
      expect(body.revenue.BREAK_FIX.monthly).toBeNull();

      // The chart: replaying the raw history month by month.
      const changes = await rawChanges(tenantId, ids);
      expect(body.history).toEqual(bruteForceMonthlyCounts(changes, chartMonthKeys(), today));

      // Transitions: the pure statistics on the raw rows give what the SQL gave.
      const transitions = transitionsOf(
        changes.map((c) => ({
          organizationId: c.organizationId,
          toModel: c.toModel,
          effectiveDate: isoDay(c.effectiveDate),
          order: `${c.createdAt.toISOString()}|${c.id}`,
        })),
        today,
      );
      const activity = periodActivity(transitions, { start: body.period.start, end: body.period.end });
      const reference = conversionTable(activity.moves, activity.exposure);
      expect(body.transitions.rows).toEqual(reference.rows);
      expect(body.transitions.joined).toEqual(reference.joined);
      expect(body.transitions.left).toEqual(reference.left);
      expect(body.stays).toEqual(activity.stays);

      // Opportunities: latest FINAL assessment per organization, by plain JS.
      const finals = await ownerDb().assessment.findMany({
        where: { tenantId, status: "FINAL", finalizedAt: { not: null }, organizationId: { in: ids } },
        select: { id: true, organizationId: true, recommendation: true, costGap: true, finalizedAt: true },
      });
      const latest = new Map<string, (typeof finals)[number]>();
      for (const a of finals) {
        const seen = latest.get(a.organizationId);
        if (
          !seen ||
          a.finalizedAt! > seen.finalizedAt! ||
          (a.finalizedAt!.getTime() === seen.finalizedAt!.getTime() && a.id > seen.id)
        )
          latest.set(a.organizationId, a);
      }
      const expected = orgs
        .filter((o) => o.lifecycleStatus !== "FORMER")
        .map((o) => ({ o, a: latest.get(o.id) }))
        .filter(({ o, a }) => a?.recommendation && a.recommendation !== o.currentModel)
        .sort(
          (x, y) => Math.abs(y.a!.costGap ?? -1) - Math.abs(x.a!.costGap ?? -1) || x.o.name.localeCompare(y.o.name),
        );
      expect(body.opportunities.total).toBe(expected.length);
      expect(body.opportunities.items.map((i) => i.id)).toEqual(expected.slice(0, 10).map((e) => e.o.id));

      // Follow-ups due today or earlier, not done.
      const due = await ownerDb().scopingCall.count({
        where: {
          tenantId,
          organizationId: { in: ids },
          followUpDone: false,
          followUpDate: { lte: new Date(`${today}T00:00:00Z`) },
        },
      });
      expect(body.followUps.total).toBe(due);

      // Reports missing this month for active hybrid and managed clients.
      const reports = await ownerDb().steeringReport.findMany({
        where: { tenantId, period: monthKey(0) },
        select: { organizationId: true },
      });
      const expectedOrgs = orgs.filter(
        (o) => o.lifecycleStatus === "ACTIVE" && (o.currentModel === "HYBRID" || o.currentModel === "MANAGED"),
      );
      const missing = expectedOrgs.filter((o) => !reports.some((r) => r.organizationId === o.id));
      expect(body.reports.expected).toBe(expectedOrgs.length);
      expect(body.reports.missing).toBe(missing.length);
      expect(body.reports.items.map((r) => r.id).sort()).toEqual(
        missing
          .map((o) => o.id)
          .slice(0, 8)
          .sort(),
      );
    });
  }

  it("shows the demo's story: a managed → hybrid move and two departures in the last 24 months", async () => {
    actAs(ownerUser);
    const { body } = await getDashboard("months=24");
    const row = (from: Model, to: Model) => body.transitions.rows.find((r) => r.from === from && r.to === to)!;
    expect(row("MANAGED", "HYBRID").moves).toBe(1);
    expect(body.transitions.left).toEqual({ BREAK_FIX: 1, HYBRID: 1, MANAGED: 0 });
    // The last point of the chart is today's portfolio: the active clients by model.
    const last = body.history[body.history.length - 1]!;
    for (const model of MODELS) expect(last[model]).toBe(body.now.byModel[model].clients);
  });
});
