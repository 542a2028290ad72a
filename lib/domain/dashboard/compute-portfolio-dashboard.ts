import type { Tx } from "@/lib/db/context";
import { queryDecisionPanels } from "@/lib/domain/dashboard/query-decisions";
import { queryHistory } from "@/lib/domain/dashboard/query-history";
import { queryPortfolioNow } from "@/lib/domain/dashboard/query-portfolio-now";
import { queryWorklists } from "@/lib/domain/dashboard/query-worklists";
import { type DashboardFilters } from "@/lib/domain/dashboard/schemas";
import { hasOrganizationFilter, organizationFilter } from "@/lib/domain/dashboard/scope";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { AppError } from "@/lib/errors";
import { accumulateMonthlyCounts } from "@/lib/stats/monthly-counts";
import { isoDay, monthOf } from "@/lib/stats/months";
import { chartMonths, resolvePeriod } from "@/lib/stats/period";
import { recurringRevenue } from "@/lib/stats/revenue";
import { conversionTable } from "@/lib/stats/transitions";
import { perModel } from "@/lib/vocabulary";

/**
 * The dashboard computed from the data: the database aggregates (a constant number of
 * statements, whatever the number of organizations: portfolio now, pricing, history,
 * worklists, client decisions); lib/stats finishes (running sums, rates, revenue).
 */
export async function computePortfolioDashboard(
  tx: Tx,
  tenantId: string,
  filters: DashboardFilters,
  now = new Date(),
): Promise<DashboardData> {
  const today = isoDay(now);
  const resolved = resolvePeriod(filters.period, today);
  if (!resolved.ok) throw new AppError("VALIDATION");
  const period = resolved.period;

  const filter = organizationFilter(filters);
  const months = chartMonths(today);
  const reportPeriod = monthOf(today);

  const nowRows = await queryPortfolioNow(tx, tenantId, filter);
  const pricing = await tx.tenant.findFirst({
    where: { id: tenantId },
    select: { managedPerUser: true, suitePerUser: true, backupPerEndpoint: true },
  });
  if (!pricing) throw new AppError("NOT_FOUND");
  const history = await queryHistory(tx, {
    tenantId,
    filter,
    filtered: hasOrganizationFilter(filters),
    asOf: today,
    openingMonth: months[0]!,
    start: period.start,
    end: period.end,
  });
  const lists = await queryWorklists(tx, { tenantId, filter, today, reportPeriod });
  const decisions = await queryDecisionPanels(tx, { tenantId, filter });

  const byModel = perModel((model) => {
    const row = nowRows.find((r) => r.lifecycle === "ACTIVE" && r.model === model);
    return { clients: row?.clients ?? 0, users: row?.users ?? 0 };
  });
  const endpointsOf = perModel((model) => {
    const row = nowRows.find((r) => r.lifecycle === "ACTIVE" && r.model === model);
    return { endpoints: row?.endpoints ?? 0, unknown: row?.endpointsUnknown ?? 0 };
  });
  const countOf = (lifecycle: string) =>
    nowRows.filter((r) => r.lifecycle === lifecycle).reduce((n, r) => n + r.clients, 0);
  const exposure = perModel((model) => history.exposure.find((e) => e.model === model)?.organizations ?? 0);

  return {
    asOf: today,
    filters,
    period: { fromMonth: period.fromMonth, toMonth: period.toMonth, start: period.start, end: period.end },
    now: { byModel, active: countOf("ACTIVE"), prospects: countOf("PROSPECT"), former: countOf("FORMER") },
    revenue: recurringRevenue(byModel, pricing, endpointsOf),
    history: accumulateMonthlyCounts(history.deltas, months),
    transitions: { ...conversionTable(history.moves, exposure), exposure },
    stays: perModel((model) => {
      const s = history.stays.find((x) => x.model === model);
      return { median: s?.median ?? null, moves: s?.moves ?? 0 };
    }),
    opportunities: lists.opportunities,
    followUps: lists.followUps,
    reports: {
      period: reportPeriod,
      expected: byModel.HYBRID.clients + byModel.MANAGED.clients,
      missing: lists.missingReports.total,
      items: lists.missingReports.items,
    },
    decisions,
  };
}
