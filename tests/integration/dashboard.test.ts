import { beforeAll, describe, expect, it } from "vitest";
import { recordQueries } from "@/lib/db/query-events";
import {
  createMember,
  createOrganization,
  createReport,
  createScopingCall,
  createTenant,
  createUser,
  recordModelChange,
  createWorld,
} from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";
import {
  bruteForceMonthlyCounts,
  chartMonthKeys,
  daysBetween,
  daysFromToday,
  getDashboard,
  type Model,
  monthDay,
  monthKey,
  rawChanges,
  todayIso,
} from "@/tests/integration/dashboard-support";

/**
 * A hand-built portfolio (months relative to today, changes on the 10th):
 *  A  m1  active    break-fix −14 → hybrid −9 → managed −3
 *  B  m1  active    managed −13 → hybrid −5                 (moved back down)
 *  C  m2  former    break-fix −12 → left −4                 (churned)
 *  D  m2  active    hybrid −30 → managed −2                 (started before the chart)
 *  E  —   prospect  no history; latest final assessment recommends hybrid
 *  F  m2  active    break-fix −6, hybrid scheduled for next month (not yet)
 */
async function buildPortfolio() {
  const db = ownerDb();
  const tenant = await createTenant(db, {
    suitePerUser: 34,
    backupPerEndpoint: 6,
    managedPerUser: 90,
    currency: "USD",
  });
  const owner = await createMember(db, { tenantId: tenant.id, role: "OWNER" });
  const m1 = await createMember(db, { tenantId: tenant.id, role: "ACCOUNT_MANAGER", name: "Manager One" });
  const m2 = await createMember(db, { tenantId: tenant.id, role: "ACCOUNT_MANAGER", name: "Manager Two" });
  const org = (o: {
    name: string;
    managerId: string | null;
    currentModel: Model;
    lifecycleStatus: "ACTIVE" | "PROSPECT" | "FORMER";
    headcount: number;
  }) =>
    createOrganization(db, {
      tenantId: tenant.id,
      name: o.name,
      accountManagerId: o.managerId,
      currentModel: o.currentModel,
      lifecycleStatus: o.lifecycleStatus,
      headcount: o.headcount,
    });
  const A = await org({
    name: "A Org",
    managerId: m1.user.id,
    currentModel: "MANAGED",
    lifecycleStatus: "ACTIVE",
    headcount: 10,
  });
  const B = await org({
    name: "B Org",
    managerId: m1.user.id,
    currentModel: "HYBRID",
    lifecycleStatus: "ACTIVE",
    headcount: 20,
  });
  const C = await org({
    name: "C Org",
    managerId: m2.user.id,
    currentModel: "BREAK_FIX",
    lifecycleStatus: "FORMER",
    headcount: 7,
  });
  const D = await org({
    name: "D Org",
    managerId: m2.user.id,
    currentModel: "MANAGED",
    lifecycleStatus: "ACTIVE",
    headcount: 30,
  });
  const E = await org({
    name: "E Org",
    managerId: null,
    currentModel: "BREAK_FIX",
    lifecycleStatus: "PROSPECT",
    headcount: 5,
  });
  const F = await org({
    name: "F Org",
    managerId: m2.user.id,
    currentModel: "BREAK_FIX",
    lifecycleStatus: "ACTIVE",
    headcount: 12,
  });
  const change = (organizationId: string, fromModel: Model | null, toModel: Model | null, k: number) =>
    recordModelChange(db, {
      tenantId: tenant.id,
      organizationId,
      recordedById: owner.user.id,
      fromModel,
      toModel,
      effectiveDate: monthDay(k),
    });
  await change(A.id, null, "BREAK_FIX", -14);
  await change(A.id, "BREAK_FIX", "HYBRID", -9);
  await change(A.id, "HYBRID", "MANAGED", -3);
  await change(B.id, null, "MANAGED", -13);
  await change(B.id, "MANAGED", "HYBRID", -5);
  await change(C.id, null, "BREAK_FIX", -12);
  await change(C.id, "BREAK_FIX", null, -4);
  await change(D.id, null, "HYBRID", -30);
  await change(D.id, "HYBRID", "MANAGED", -2);
  await change(F.id, null, "BREAK_FIX", -6);
  await change(F.id, "BREAK_FIX", "HYBRID", 1);

  const assessment = (
    organizationId: string,
    a: { status: "FINAL" | "DRAFT"; recommendation: Model; costGap: number; daysAgo: number },
  ) =>
    db.assessment.create({
      data: {
        tenantId: tenant.id,
        organizationId,
        authorId: owner.user.id,
        status: a.status,
        recommendation: a.recommendation,
        costGap: a.costGap,
        finalizedAt: a.status === "FINAL" ? daysFromToday(-a.daysAgo) : null,
      },
    });
  await assessment(A.id, { status: "FINAL", recommendation: "MANAGED", costGap: 120, daysAgo: 20 }); // matches the current model: no opportunity
  await assessment(B.id, { status: "FINAL", recommendation: "MANAGED", costGap: -300, daysAgo: 15 }); // opportunity, |gap| 300
  await assessment(C.id, { status: "FINAL", recommendation: "HYBRID", costGap: 5000, daysAgo: 10 }); // former client: not listed
  await assessment(D.id, { status: "DRAFT", recommendation: "BREAK_FIX", costGap: 9999, daysAgo: 0 }); // a draft never counts
  await assessment(E.id, { status: "FINAL", recommendation: "HYBRID", costGap: 50, daysAgo: 5 }); // prospect: opportunity, |gap| 50
  await assessment(F.id, { status: "FINAL", recommendation: "MANAGED", costGap: 999, daysAgo: 40 }); // superseded by the later one below
  await assessment(F.id, { status: "FINAL", recommendation: "BREAK_FIX", costGap: 0, daysAgo: 2 }); // latest matches: no opportunity

  const call = (organizationId: string, followUpDate: Date | null, followUpDone: boolean) =>
    createScopingCall(db, { tenantId: tenant.id, organizationId, authorId: m1.user.id, followUpDate, followUpDone });
  await call(A.id, daysFromToday(-3), false); // due (overdue)
  await call(B.id, daysFromToday(5), false); // not yet
  await call(C.id, daysFromToday(-10), true); // done
  await call(F.id, daysFromToday(0), false); // due today
  await call(D.id, null, false); // no follow-up date

  await createReport(db, {
    tenantId: tenant.id,
    organizationId: A.id,
    authorId: m1.user.id,
    period: monthKey(0),
    status: "DRAFT",
  });
  await createReport(db, {
    tenantId: tenant.id,
    organizationId: D.id,
    authorId: m2.user.id,
    period: monthKey(-1),
    status: "PUBLISHED",
  });
  return { tenant, owner, m1, m2, orgs: { A, B, C, D, E, F } };
}

type Portfolio = Awaited<ReturnType<typeof buildPortfolio>>;
const counts = (bf: number, h: number, m: number) => ({ BREAK_FIX: bf, HYBRID: h, MANAGED: m });

describe("portfolio dashboard on a hand-built portfolio", () => {
  let p: Portfolio;
  beforeAll(async () => {
    p = await buildPortfolio();
  });

  it("clients per model now, prospects, former clients and recurring revenue", async () => {
    actAs(p.owner.user);
    const { status, body } = await getDashboard();
    expect(status).toBe(200);
    expect(body.now.byModel).toEqual({
      BREAK_FIX: { clients: 1, users: 12 },
      HYBRID: { clients: 1, users: 20 },
      MANAGED: { clients: 2, users: 40 },
    });
    expect(body.now).toMatchObject({ active: 4, prospects: 1, former: 1 });
    expect(body.revenue.BREAK_FIX).toEqual({ clients: 1, users: 12, feePerUser: null, monthly: null });
    // Hybrid: 20 users × 34 (Microsoft 365) + 20 endpoints × 6 (backups): B's endpoints are not
    // known, so its headcount stands for them, and the page says so.
    expect(body.revenue.HYBRID.monthly).toBe(20 * 34 + 20 * 6);
    expect(body.revenue.HYBRID.backups).toEqual({ endpoints: 20, perEndpoint: 6, estimated: 1 });
    expect(body.revenue.MANAGED.monthly).toBe(40 * 90);
    expect(body.revenue.total).toBe(4400);
  });

  it("month-by-month counts, rebuilt from the history in both directions and with departures", async () => {
    actAs(p.owner.user);
    const { body } = await getDashboard();
    const at = (k: number) => {
      const row = body.history.find((r) => r.month === monthKey(k))!;
      return counts(row.BREAK_FIX, row.HYBRID, row.MANAGED);
    };
    expect(body.history.map((r) => r.month)).toEqual(chartMonthKeys());
    expect(at(-23)).toEqual(counts(0, 1, 0)); // D, from before the chart
    expect(at(-14)).toEqual(counts(1, 1, 0));
    expect(at(-13)).toEqual(counts(1, 1, 1));
    expect(at(-12)).toEqual(counts(2, 1, 1));
    expect(at(-9)).toEqual(counts(1, 2, 1)); // A break-fix → hybrid
    expect(at(-6)).toEqual(counts(2, 2, 1)); // F joined
    expect(at(-5)).toEqual(counts(2, 3, 0)); // B managed → hybrid
    expect(at(-4)).toEqual(counts(1, 3, 0)); // C left
    expect(at(-3)).toEqual(counts(1, 2, 1)); // A hybrid → managed
    expect(at(-2)).toEqual(counts(1, 1, 2)); // D hybrid → managed
    expect(at(0)).toEqual(counts(1, 1, 2)); // F's move next month is not counted yet
    // And every month agrees with replaying the raw rows.
    expect(body.history).toEqual(bruteForceMonthlyCounts(await rawChanges(p.tenant.id), chartMonthKeys(), todayIso()));
  });

  it("transitions, conversion rates, joins, departures and median days before moving (last 12 months)", async () => {
    actAs(p.owner.user);
    const { body } = await getDashboard("months=12");
    const row = (from: Model, to: Model) => body.transitions.rows.find((r) => r.from === from && r.to === to)!;
    // On each model at some point in the period: break-fix A, C (at the start), F (joined);
    // hybrid D (start), A, B (moved in); managed B (start), A, D (moved in).
    expect(body.transitions.exposure).toEqual(counts(3, 3, 3));
    expect(row("BREAK_FIX", "HYBRID")).toMatchObject({ moves: 1, organizations: 1, exposed: 3, rate: 1 / 3 });
    expect(row("HYBRID", "MANAGED")).toMatchObject({ moves: 2, organizations: 2, exposed: 3, rate: 2 / 3 });
    expect(row("MANAGED", "HYBRID")).toMatchObject({
      moves: 1,
      organizations: 1,
      exposed: 3,
      rate: 1 / 3,
      direction: "backward",
    });
    expect(row("BREAK_FIX", "MANAGED")).toMatchObject({ moves: 0, rate: 0 });
    expect(body.transitions.joined).toEqual(counts(1, 0, 0));
    expect(body.transitions.left).toEqual(counts(1, 0, 0));
    expect(body.transitions.leftRate.BREAK_FIX).toBeCloseTo(1 / 3);
    expect(body.stays.BREAK_FIX).toEqual({ median: daysBetween(monthDay(-14), monthDay(-9)), moves: 1 });
    expect(body.stays.HYBRID).toEqual({
      median: (daysBetween(monthDay(-9), monthDay(-3)) + daysBetween(monthDay(-30), monthDay(-2))) / 2,
      moves: 2,
    });
    expect(body.stays.MANAGED).toEqual({ median: daysBetween(monthDay(-13), monthDay(-5)), moves: 1 });
  });

  it("a custom period counts only its own moves", async () => {
    actAs(p.owner.user);
    const { status, body } = await getDashboard(`from=${monthKey(-5)}&to=${monthKey(-4)}`);
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ fromMonth: monthKey(-5), toMonth: monthKey(-4), start: `${monthKey(-5)}-01` });
    const moved = body.transitions.rows.filter((r) => r.moves > 0).map((r) => `${r.from}>${r.to}`);
    expect(moved).toEqual(["MANAGED>HYBRID"]);
    expect(body.transitions.left).toEqual(counts(1, 0, 0));
    expect(body.stays.HYBRID).toEqual({ median: null, moves: 0 });
  });

  it("opportunities: latest final assessment only, not former clients, largest gap first", async () => {
    actAs(p.owner.user);
    const { body } = await getDashboard();
    expect(body.opportunities.total).toBe(2);
    expect(body.opportunities.items.map((o) => [o.name, o.currentModel, o.recommendation, o.costGap])).toEqual([
      ["B Org", "HYBRID", "MANAGED", -300],
      ["E Org", "BREAK_FIX", "HYBRID", 50],
    ]);
    expect(body.opportunities.items[1]).toMatchObject({ id: p.orgs.E.id, lifecycleStatus: "PROSPECT" });
  });

  it("follow-ups due and steering reports missing this month", async () => {
    actAs(p.owner.user);
    const { body } = await getDashboard();
    expect(body.followUps.total).toBe(2);
    expect(body.followUps.items.map((f) => f.organizationName)).toEqual(["A Org", "F Org"]);
    expect(body.reports).toMatchObject({ period: monthKey(0), expected: 3, missing: 2 });
    expect(body.reports.items.map((r) => r.name)).toEqual(["B Org", "D Org"]);
  });

  it("filters by account manager, unassigned and lifecycle status", async () => {
    actAs(p.m2.user);
    const mine = await getDashboard(`manager=${p.m1.user.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.now.byModel).toEqual({
      BREAK_FIX: { clients: 0, users: 0 },
      HYBRID: { clients: 1, users: 20 },
      MANAGED: { clients: 1, users: 10 },
    });
    expect(mine.body.history).toEqual(
      bruteForceMonthlyCounts(await rawChanges(p.tenant.id, [p.orgs.A.id, p.orgs.B.id]), chartMonthKeys(), todayIso()),
    );
    expect(mine.body.opportunities.items.map((o) => o.name)).toEqual(["B Org"]);
    expect(mine.body.followUps.items.map((f) => f.organizationName)).toEqual(["A Org"]);
    expect(mine.body.reports).toMatchObject({ expected: 2, missing: 1 });
    expect(mine.body.filters.manager).toBe(p.m1.user.id);

    const unassigned = await getDashboard("manager=unassigned");
    expect(unassigned.body.now).toMatchObject({ active: 0, prospects: 1, former: 0 });
    expect(unassigned.body.opportunities.items.map((o) => o.name)).toEqual(["E Org"]);

    const former = await getDashboard("status=FORMER&months=24");
    expect(former.body.now).toMatchObject({ active: 0, prospects: 0, former: 1 });
    expect(former.body.transitions.left).toEqual(counts(1, 0, 0));
    expect(former.body.history).toEqual(
      bruteForceMonthlyCounts(await rawChanges(p.tenant.id, [p.orgs.C.id]), chartMonthKeys(), todayIso()),
    );
    expect(former.body.opportunities.total).toBe(0);
    expect(former.body.reports).toMatchObject({ expected: 0, missing: 0 });
  });

  it("refuses bad filters (422) and a manager from another tenant (404)", async () => {
    actAs(p.owner.user);
    for (const query of [
      "months=5",
      "from=2025-01",
      "from=2025-03&to=2025-01",
      `from=${monthKey(0)}&to=${monthKey(1)}`,
      "months=12&from=2025-01&to=2025-02",
      "status=LOST",
      "tenantId=x",
      "manager=a%20b",
    ]) {
      const { status, body } = await getDashboard(query);
      expect(status, query).toBe(422);
      expect(body.error?.code).toBe("VALIDATION");
    }
    const other = await createWorld(ownerDb());
    expect((await getDashboard(`manager=${other.manager.user.id}`)).status).toBe(404);
    // A client user of this tenant is not staff; an organization id is not a person.
    const client = await createMember(ownerDb(), {
      tenantId: p.tenant.id,
      role: "CLIENT",
      organizationId: p.orgs.B.id,
    });
    expect((await getDashboard(`manager=${client.user.id}`)).status).toBe(404);
    expect((await getDashboard(`manager=${p.orgs.A.id}`)).status).toBe(404);
  });

  it("is the caller's tenant only: other tenants' organizations never count", async () => {
    const other = await buildPortfolio();
    actAs(other.owner.user);
    const { body } = await getDashboard();
    actAs(p.owner.user);
    const mine = await getDashboard();
    // Two identical portfolios: each owner sees exactly one of them.
    expect(body.now).toEqual(mine.body.now);
    expect(body.history).toEqual(mine.body.history);
    expect(body.opportunities.items.map((o) => o.id)).toEqual([other.orgs.B.id, other.orgs.E.id]);
  });

  it("clients, platform admins and signed-out callers get no dashboard", async () => {
    const client = await createMember(ownerDb(), {
      tenantId: p.tenant.id,
      role: "CLIENT",
      organizationId: p.orgs.A.id,
    });
    actAs(client.user);
    expect((await getDashboard()).status).toBe(404);
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    actAs(admin);
    expect((await getDashboard()).status).toBe(404);
    anonymous();
    expect((await getDashboard()).status).toBe(401);
  });
});

describe("query count", () => {
  it("is constant: adding organizations with histories adds no query", async () => {
    const p = await buildPortfolio();
    actAs(p.owner.user);
    const measure = async (query: string) => {
      const { result, queries } = await recordQueries(() => getDashboard(query));
      expect(result.status).toBe(200);
      return queries.length;
    };
    const before = { all: await measure(""), manager: await measure(`manager=${p.m1.user.id}&months=24`) };
    // 40 more organizations, each with a history, assessments, calls and reports.
    const db = ownerDb();
    for (let i = 0; i < 40; i++) {
      const o = await createOrganization(db, {
        tenantId: p.tenant.id,
        accountManagerId: i % 2 ? p.m1.user.id : p.m2.user.id,
        currentModel: "HYBRID",
        lifecycleStatus: "ACTIVE",
      });
      await recordModelChange(db, {
        tenantId: p.tenant.id,
        organizationId: o.id,
        recordedById: p.owner.user.id,
        fromModel: null,
        toModel: "BREAK_FIX",
        effectiveDate: monthDay(-10 - (i % 7)),
      });
      await recordModelChange(db, {
        tenantId: p.tenant.id,
        organizationId: o.id,
        recordedById: p.owner.user.id,
        fromModel: "BREAK_FIX",
        toModel: "HYBRID",
        effectiveDate: monthDay(-(i % 9)),
      });
      await db.assessment.create({
        data: {
          tenantId: p.tenant.id,
          organizationId: o.id,
          authorId: p.owner.user.id,
          status: "FINAL",
          recommendation: "MANAGED",
          costGap: i,
          finalizedAt: daysFromToday(-i),
        },
      });
      await createScopingCall(db, {
        tenantId: p.tenant.id,
        organizationId: o.id,
        authorId: p.m1.user.id,
        followUpDate: daysFromToday(-i),
        followUpDone: false,
      });
    }
    const after = { all: await measure(""), manager: await measure(`manager=${p.m1.user.id}&months=24`) };
    expect(after).toEqual(before);
    // Authentication (3) + the cache lookup, portfolio now, pricing, history, worklists, the
    // decision panels (JIT off, the statement), the cache write (+ the manager check).
    expect(before.all).toBeLessThanOrEqual(11);
    expect(before.manager).toBe(before.all + 1);
    // Nothing changed since: served from the cache (authentication and the lookup only).
    expect(await measure("")).toBe(before.all - 7);
    actAs(p.owner.user);
    const { body } = await getDashboard();
    expect(body.now.byModel.HYBRID.clients).toBe(41);
    expect(body.opportunities.total).toBe(42);
    expect(body.opportunities.items).toHaveLength(10);
    expect(body.followUps.total).toBe(42);
  });
});
