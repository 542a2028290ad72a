import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { withDbContext } from "@/lib/db/context";
import { decide, type AssessmentInput } from "@/lib/engine";
import { reportContentSchema } from "@/lib/reports/content";
import { ITEM_ID_PATTERN } from "@/lib/reports/item-id";
import { periodOf, monthStart } from "@/lib/seed/demo";
import { chainProblems } from "@/lib/seed/large/chains";
import { DEFAULT_TENANT_PRICING } from "@/lib/seed/large/engine-results";
import { BENCH_PASSWORD, clientEmail, largeSeedPlan, ownerEmail } from "@/lib/seed/large/plan";
import { resetLargeSeed } from "@/lib/seed/large/reset";
import { seedLarge, type LargeSeedResult } from "@/lib/seed/large/seed-large";
import { onEmbedded, ownerDb } from "@/tests/support/db";

/**
 * The large seed's generator at scale 0.01 (3 tenants, 56 organizations) in an
 * isolated slug prefix: what it writes is complete, coherent and visible to the
 * runtime role exactly as the app's own rows are.
 */
const prefix = `t${randomUUID().slice(0, 8)}-`;
const options = { scale: 0.01, slugPrefix: prefix, seed: 99 };
const plans = largeSeedPlan(options);
const atlasPlan = plans[plans.length - 1]!;
const now = new Date();
let first: LargeSeedResult;

const ownerClient = async () => {
  const client = new pg.Client({ connectionString: inject("migrateDatabaseUrl") });
  await client.connect();
  return client;
};

beforeAll(async () => {
  first = await seedLarge({
    ...options,
    connectionString: inject("migrateDatabaseUrl"),
    allowEmbedded: onEmbedded(),
    now,
  });
}, 300_000);

afterAll(async () => {
  const client = await ownerClient();
  try {
    await resetLargeSeed(
      client,
      plans.map((p) => p.slug),
    );
  } finally {
    await client.end();
  }
});

const atlas = () => ownerDb().tenant.findUniqueOrThrow({ where: { slug: atlasPlan.slug } });

describe("seedLarge (scale 0.01)", () => {
  it("creates every planned tenant with its organizations, the large one last", async () => {
    expect(first.status).toBe("seeded");
    expect(first.tenants.map((t) => t.slug)).toEqual(plans.map((p) => p.slug));
    for (const plan of plans) {
      const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { slug: plan.slug } });
      expect(await ownerDb().clientOrganization.count({ where: { tenantId: tenant.id } })).toBe(plan.organizations);
      expect(await ownerDb().membership.count({ where: { tenantId: tenant.id, role: "ACCOUNT_MANAGER" } })).toBe(
        plan.managers + (plan.benchWriter ? 1 : 0),
      );
    }
    expect(atlasPlan.organizations).toBe(50);
    for (const table of [
      "SteeringReport",
      "ServiceModelChange",
      "Assessment",
      "ScopingCall",
      "ReportAcknowledgement",
    ]) {
      expect(first.rows[table]).toBeGreaterThan(0);
    }
  });

  it("says the data set exists on a second run and writes nothing", async () => {
    const again = await seedLarge({
      ...options,
      connectionString: inject("migrateDatabaseUrl"),
      allowEmbedded: onEmbedded(),
    });
    expect(again.status).toBe("exists");
    expect(Object.values(again.rows).every((n) => n === 0)).toBe(true);
  });

  it("refuses the embedded PGlite unless allowed", async () => {
    if (!onEmbedded()) return;
    await expect(seedLarge({ ...options, connectionString: inject("migrateDatabaseUrl") })).rejects.toThrow(
      /real PostgreSQL/,
    );
  });

  it("writes coherent model histories: chains, assessments behind moves, reports only while a client", async () => {
    const tenant = await atlas();
    const orgs = await ownerDb().clientOrganization.findMany({
      where: { tenantId: tenant.id },
      include: {
        modelChanges: { orderBy: { effectiveDate: "asc" }, include: { assessment: true } },
        reports: { select: { period: true, status: true, publishedAt: true, publishedById: true } },
      },
    });
    const currentPeriod = periodOf(monthStart(now, 0));
    let moves = 0;
    for (const org of orgs) {
      expect(
        chainProblems(
          org.modelChanges.map((c) => ({ from: c.fromModel, to: c.toModel })),
          org,
        ),
        org.name,
      ).toEqual([]);
      for (const change of org.modelChanges) {
        if (change.fromModel && change.toModel) {
          moves++;
          expect(change.assessment?.status).toBe("FINAL");
          expect(change.assessment?.recommendation).toBe(change.toModel);
          expect(change.assessment!.finalizedAt!.getTime()).toBeLessThan(change.effectiveDate.getTime());
        }
      }
      const start = org.modelChanges[0] ? periodOf(org.modelChanges[0].effectiveDate) : null;
      const churn = org.modelChanges.find((c) => c.toModel === null);
      for (const r of org.reports) {
        expect(start).not.toBeNull();
        expect(r.period >= start!).toBe(true);
        if (churn) expect(r.period < periodOf(churn.effectiveDate)).toBe(true);
        expect(r.period <= currentPeriod).toBe(true);
        if (r.status === "DRAFT") expect(r.period).toBe(currentPeriod);
        else expect(r.publishedAt && r.publishedById).toBeTruthy();
      }
      if (org.lifecycleStatus === "ACTIVE" && org.modelChanges[0]!.effectiveDate <= monthStart(now, -35)) {
        expect(org.reports.length).toBeGreaterThanOrEqual(35);
      }
    }
    expect(moves).toBeGreaterThan(10);
  });

  it("stores real engine results and report content that the app's schemas accept", async () => {
    const tenant = await atlas();
    const finals = await ownerDb().assessment.findMany({ where: { tenantId: tenant.id, status: "FINAL" } });
    expect(finals.length).toBeGreaterThan(0);
    const checked = new Set<string>();
    for (const a of finals) {
      const result = a.result as { recommendation: string; engineVersion: string; confidence: string };
      expect(result.recommendation).toBe(a.recommendation);
      expect(result.engineVersion).toBe(a.engineVersion);
      expect(result.confidence).toBe(a.confidence);
      const input = {
        headcount: a.headcount,
        endpoints: a.endpoints,
        sites: a.sites,
        remoteUsers: a.remoteUsers,
        cloudServices: a.cloudServices,
        centralFileSharing: a.centralFileSharing,
        backups: a.backups,
        businessAppDependency: a.businessAppDependency,
        continuityRequirement: a.continuityRequirement,
        interruptionTolerance: a.interruptionTolerance,
        digitalDependence: a.digitalDependence,
        needsPredictableBudget: a.needsPredictableBudget,
        needsMonthlySteering: a.needsMonthlySteering,
      } as AssessmentInput;
      const key = JSON.stringify(input);
      if (checked.has(key)) continue;
      checked.add(key);
      expect(a.result).toEqual(JSON.parse(JSON.stringify(decide(input, { defaults: DEFAULT_TENANT_PRICING }))));
    }
    const reports = await ownerDb().steeringReport.findMany({ where: { tenantId: tenant.id }, take: 500 });
    for (const r of reports) {
      const content = {
        metrics: r.metrics,
        narrative: r.narrative,
        recommendations: r.recommendations,
        roadmap: r.roadmap,
        budget: r.budget,
      };
      expect(reportContentSchema.safeParse(content).success).toBe(true);
      // Every recommendation and roadmap item has its stable id, distinct within the report.
      const items = [...(r.recommendations as { id?: string }[]), ...(r.roadmap as { id?: string }[])];
      for (const item of items) expect(item.id).toMatch(ITEM_ID_PATTERN);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    }
    // The same item of an organization keeps its id from month to month (titles are the items' identity here).
    const byItem = new Map<string, Set<string>>();
    for (const r of reports)
      for (const [kind, list] of [
        ["recommendation", r.recommendations],
        ["roadmap", r.roadmap],
      ] as const)
        for (const item of list as { id: string; title: string }[]) {
          const key = `${r.organizationId}:${kind}:${item.title}`;
          byItem.set(key, (byItem.get(key) ?? new Set()).add(item.id));
        }
    expect(byItem.size).toBeGreaterThan(0);
    for (const [key, itemIds] of byItem) expect(itemIds.size, key).toBe(1);
  });

  it("is visible through the runtime role under RLS, per tenant and per client, and the bench password signs in", async () => {
    const tenant = await atlas();
    const owner = await ownerDb().user.findUniqueOrThrow({ where: { email: ownerEmail(atlasPlan.slug) } });
    const clientUser = await ownerDb().user.findUniqueOrThrow({
      where: { email: clientEmail(atlasPlan.slug, 0) },
      include: { memberships: true },
    });
    const orgId = clientUser.memberships[0]!.organizationId!;
    const staffView = await withDbContext({ tenantId: tenant.id, userId: owner.id, role: "OWNER" }, async (tx) => ({
      orgs: await tx.clientOrganization.count(),
      reports: await tx.steeringReport.count(),
    }));
    expect(staffView.orgs).toBe(atlasPlan.organizations);
    expect(staffView.reports).toBe(await ownerDb().steeringReport.count({ where: { tenantId: tenant.id } }));

    const clientView = await withDbContext(
      { tenantId: tenant.id, userId: clientUser.id, role: "CLIENT", organizationId: orgId },
      async (tx) => ({
        orgs: await tx.clientOrganization.findMany({ select: { id: true } }),
        reports: await tx.steeringReport.findMany({ select: { organizationId: true, status: true } }),
      }),
    );
    expect(clientView.orgs).toEqual([{ id: orgId }]);
    expect(clientView.reports.length).toBeGreaterThan(0);
    expect(clientView.reports.every((r) => r.organizationId === orgId && r.status === "PUBLISHED")).toBe(true);
    expect(clientView.reports.length).toBe(
      await ownerDb().steeringReport.count({
        where: { tenantId: tenant.id, organizationId: orgId, status: "PUBLISHED" },
      }),
    );

    const signIn = await authenticate({
      email: ownerEmail(atlasPlan.slug),
      password: BENCH_PASSWORD,
      ip: "203.0.113.90",
    });
    expect(signIn.ok).toBe(true);
  });
});

describe("resetLargeSeed", () => {
  it("deletes the seed's tenants and their users, nothing else", async () => {
    const otherPrefix = `t${randomUUID().slice(0, 8)}-`;
    const small = { scale: 0.001, slugPrefix: otherPrefix, seed: 5 };
    await seedLarge({ ...small, connectionString: inject("migrateDatabaseUrl"), allowEmbedded: onEmbedded() });
    const slugs = largeSeedPlan(small).map((p) => p.slug);
    const client = await ownerClient();
    try {
      expect(await resetLargeSeed(client, slugs)).toBe(slugs.length);
    } finally {
      await client.end();
    }
    expect(await ownerDb().tenant.count({ where: { slug: { in: slugs } } })).toBe(0);
    expect(await ownerDb().user.count({ where: { email: { endsWith: `${otherPrefix}atlas.bench.test` } } })).toBe(0);
    expect(await ownerDb().tenant.count({ where: { slug: atlasPlan.slug } })).toBe(1);
  }, 300_000);
});
