import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordQueries } from "@/lib/db/query-events";
import { createMember, createTenant } from "@/lib/seed/factories";
import { onEmbedded, ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import {
  bruteForceMonthlyCounts,
  chartMonthKeys,
  getDashboard,
  rawChanges,
  todayIso,
} from "@/tests/integration/dashboard-support";

const ORGS = 5_000;

/**
 * The dashboard at scale: one tenant with 5,000 organizations and three years of history
 * (model changes in both directions, departures, assessments, calls, monthly reports),
 * written with set-based SQL. The request must issue the same few queries as for a tiny
 * tenant, agree with a replay of the raw rows, and answer quickly: the p95 per view is
 * printed; DASHBOARD_BUDGET_MS=150 turns the budget into the assertion (quiet machine).
 */
// Runs on PostgreSQL (CI); on the embedded PGlite (single-threaded WebAssembly, minutes for this
// data set) only with DASHBOARD_SCALE=1.
describe.skipIf(onEmbedded() && !process.env.DASHBOARD_SCALE)(
  `dashboard with ${ORGS.toLocaleString("en")} organizations × 3 years`,
  () => {
    let tenantId: string;
    let owner: { id: string };
    let managerId: string;

    beforeAll(async () => {
      const db = ownerDb();
      const tenant = await createTenant(db);
      tenantId = tenant.id;
      owner = (await createMember(db, { tenantId, role: "OWNER" })).user;
      const managers = [];
      for (let i = 0; i < 8; i++)
        managers.push((await createMember(db, { tenantId, role: "ACCOUNT_MANAGER" })).user.id);
      managerId = managers[0]!;
      await db.$executeRaw`
      INSERT INTO "ClientOrganization" (id, "tenantId", name, headcount, "currentModel", "lifecycleStatus", "accountManagerId", "updatedAt")
      SELECT ${tenantId} || '-o' || g, ${tenantId}, 'Scale client ' || lpad(g::text, 5, '0'), 5 + g % 80,
             (ARRAY['BREAK_FIX','HYBRID','MANAGED'])[1 + g % 3]::"ServiceModel",
             (CASE WHEN g % 11 = 0 THEN 'FORMER' WHEN g % 13 = 0 THEN 'PROSPECT' ELSE 'ACTIVE' END)::"LifecycleStatus",
             (${managers}::text[])[1 + g % 9], now()
      FROM generate_series(1, ${ORGS}) g`;
      // Up to four changes per organization over 36 months: start, up to two moves (some backwards), a departure.
      await db.$executeRaw`
      INSERT INTO "ServiceModelChange" (id, "tenantId", "organizationId", "fromModel", "toModel", "effectiveDate", reason, "recordedById", "updatedAt")
      SELECT ${tenantId} || '-c' || g || '-' || s.n, ${tenantId}, ${tenantId} || '-o' || g, s.from_m::"ServiceModel", s.to_m::"ServiceModel",
             current_date - s.days_ago, 'scale test', ${owner.id}, now()
      FROM generate_series(1, ${ORGS}) g
      CROSS JOIN LATERAL (VALUES
        (1, NULL, 'BREAK_FIX', 1090 - (g * 7) % 400),
        (2, 'BREAK_FIX', CASE WHEN g % 4 = 0 THEN 'MANAGED' ELSE 'HYBRID' END, 640 - (g * 11) % 300),
        (3, CASE WHEN g % 4 = 0 THEN 'MANAGED' ELSE 'HYBRID' END, CASE WHEN g % 5 = 0 THEN 'BREAK_FIX' ELSE 'MANAGED' END, 300 - (g * 13) % 250),
        (4, 'MANAGED', NULL, 30 - g % 40)
      ) AS s(n, from_m, to_m, days_ago)
      WHERE s.n = 1 OR (s.n = 2 AND g % 3 <> 0) OR (s.n = 3 AND g % 3 = 1) OR (s.n = 4 AND g % 11 = 0)`;
      await db.$executeRaw`
      INSERT INTO "Assessment" (id, "tenantId", "organizationId", status, recommendation, "costGap", "finalizedAt", "authorId", "updatedAt")
      SELECT ${tenantId} || '-a' || g || '-' || n, ${tenantId}, ${tenantId} || '-o' || g, 'FINAL',
             (ARRAY['BREAK_FIX','HYBRID','MANAGED'])[1 + (g + n) % 3]::"ServiceModel", ((g * 37) % 2000) - 1000,
             now() - ((g % 900) + n * 30) * interval '1 day', ${owner.id}, now()
      FROM generate_series(1, ${ORGS}) g CROSS JOIN generate_series(1, 3) n`;
      await db.$executeRaw`
      INSERT INTO "ScopingCall" (id, "tenantId", "organizationId", "occurredAt", attendees, summary, needs, "nextSteps", "followUpDate", "followUpDone", "authorId", "updatedAt")
      SELECT ${tenantId} || '-s' || g || '-' || n, ${tenantId}, ${tenantId} || '-o' || g, now() - (n * 90) * interval '1 day', 'a', 'b', 'c', 'd',
             current_date + (g % 60 - 40 - n * 90), n > 1 OR g % 2 = 0, ${owner.id}, now()
      FROM generate_series(1, ${ORGS}) g CROSS JOIN generate_series(1, 4) n`;
      await db.$executeRaw`
      INSERT INTO "SteeringReport" (id, "tenantId", "organizationId", period, status, "authorId", "updatedAt")
      SELECT ${tenantId} || '-r' || g || '-' || m, ${tenantId}, ${tenantId} || '-o' || g, to_char(date_trunc('month', current_date) - m * interval '1 month', 'YYYY-MM'),
             (CASE WHEN m = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ReportStatus", ${owner.id}, now()
      FROM generate_series(1, ${ORGS}) g CROSS JOIN generate_series(0, 11) m
      WHERE g % 3 <> 0 AND NOT (m = 0 AND g % 4 = 0)`;
      await db.$executeRawUnsafe(
        `ANALYZE "ClientOrganization", "ServiceModelChange", "Assessment", "ScopingCall", "SteeringReport"`,
      );
    }, 300_000);

    afterAll(async () => {
      const db = ownerDb();
      await db.serviceModelChange.deleteMany({ where: { tenantId } });
      await db.steeringReport.deleteMany({ where: { tenantId } });
      await db.scopingCall.deleteMany({ where: { tenantId } });
      await db.assessment.deleteMany({ where: { tenantId } });
      await db.clientOrganization.deleteMany({ where: { tenantId } });
      await db.auditEvent.deleteMany({ where: { tenantId } }).catch(() => undefined);
      await db.membership.deleteMany({ where: { tenantId } });
      await db.tenant.deleteMany({ where: { id: tenantId } });
    }, 120_000);

    it("the same few queries, correct numbers, and timings", async () => {
      actAs(owner);
      const views = ["", `manager=${managerId}`, "months=24&status=ACTIVE", "months=3"];
      const counts = new Set<number>();
      for (const view of views) {
        const { result, queries } = await recordQueries(() => getDashboard(view));
        expect(result.status).toBe(200);
        counts.add(queries.length - (view.includes("manager=") ? 1 : 0));
      }
      expect([...counts]).toHaveLength(1);
      // Authentication, the cache lookup, portfolio now, pricing, history, worklists, the decision
      // panels (JIT off, the statement) and the cache write: the same number for every view.
      expect([...counts][0]).toBeLessThanOrEqual(9);

      const { body } = await getDashboard("months=24");
      expect(body.now.active + body.now.prospects + body.now.former).toBe(ORGS);
      expect(body.history).toEqual(bruteForceMonthlyCounts(await rawChanges(tenantId), chartMonthKeys(), todayIso()));
      expect(body.opportunities.items).toHaveLength(10);

      const timings: Record<string, number[]> = {};
      const rounds = onEmbedded() ? 5 : 20;
      for (let round = 0; round < rounds; round++) {
        for (const view of views) {
          const start = performance.now();
          const { status } = await getDashboard(view);
          (timings[view || "default"] ??= []).push(performance.now() - start);
          expect(status).toBe(200);
        }
      }
      const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
      const report = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(p95(v))]));
      console.log(
        `dashboard p95 (ms) over ${rounds} rounds on ${onEmbedded() ? "embedded PGlite" : "PostgreSQL"}:`,
        report,
      );
      // DASHBOARD_BUDGET_MS=150 on a quiet machine checks the performance budget itself; by default
      // this is a guard against a per-organization (quadratic) plan, loose enough for a busy machine.
      const bound = Number(process.env.DASHBOARD_BUDGET_MS ?? 5_000);
      for (const value of Object.values(report)) expect(value).toBeLessThanOrEqual(bound);
    }, 300_000);
  },
);
