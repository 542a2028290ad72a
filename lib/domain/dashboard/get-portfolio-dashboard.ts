import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { withDashboardCache } from "@/lib/domain/dashboard/cache";
import { computePortfolioDashboard } from "@/lib/domain/dashboard/compute-portfolio-dashboard";
import { type DashboardFilters, UNASSIGNED } from "@/lib/domain/dashboard/schemas";
import { staffTenantId } from "@/lib/domain/dashboard/scope";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/stats/months";
import { resolvePeriod } from "@/lib/stats/period";
import { STAFF_ROLES } from "@/lib/vocabulary";

/**
 * The portfolio dashboard for the caller's tenant and filters. A manager id outside the
 * tenant is a 404, like any foreign id (checked on every request). The payload comes from
 * the tenant's dashboard cache while nothing it aggregates has changed today
 * (lib/domain/dashboard/cache.ts), else it is computed and stored.
 */
export async function getPortfolioDashboard(
  tx: Tx,
  actor: Actor,
  filters: DashboardFilters,
  now = new Date(),
): Promise<DashboardData> {
  const tenantId = staffTenantId(actor);
  const today = isoDay(now);
  // The query schema already refused these; a period can only turn invalid here across midnight.
  if (!resolvePeriod(filters.period, today).ok) throw new AppError("VALIDATION");

  if (filters.manager && filters.manager !== UNASSIGNED) {
    const staff = await tx.membership.count({
      where: { tenantId, userId: filters.manager, role: { in: [...STAFF_ROLES] } },
    });
    if (staff === 0) throw new AppError("NOT_FOUND");
  }

  return withDashboardCache(tx, { tenantId, filters, asOf: today }, () =>
    computePortfolioDashboard(tx, tenantId, filters, now),
  );
}
