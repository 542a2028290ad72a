import type { Tx } from "@/lib/db/context";
import type { DashboardFilters } from "@/lib/domain/dashboard/schemas";
import type { DashboardData } from "@/lib/domain/dashboard/types";

/**
 * The shape of the cached payload. Change it whenever DashboardData or its computation
 * changes, so that a deployment never serves a payload the previous code computed (2: the
 * hybrid revenue's backups on the organizations' endpoints; 3: the client decision panels).
 */
export const DASHBOARD_CACHE_FORMAT = 3;

/** The cache key of a filter set within a tenant (the tenant is the row's other key). */
export function dashboardCacheKey(filters: DashboardFilters): string {
  const p = filters.period;
  const period = p.kind === "preset" ? `m${p.months}` : `${p.from}..${p.to}`;
  return JSON.stringify([DASHBOARD_CACHE_FORMAT, period, filters.manager ?? "", filters.status ?? ""]);
}

/**
 * The portfolio dashboard's tenant-wide aggregates are recomputed only when something
 * they read has changed. PostgreSQL keeps, per tenant, a version that triggers bump in
 * the commit of every such change (migration *_dashboard_cache: model changes,
 * organizations, final assessments, follow-ups, reports created or moved, pricing;
 * migration *_dashboard_decisions: client decisions, reports published, withdrawn or
 * whose published items change); a
 * payload is stored with the version read **before** computing it, and served while
 * that version is current and its day is today ("due", "this month" and the chart's
 * last point depend on the day).
 *
 * Safe per tenant by construction: the rows are keyed by tenant and guarded by the same
 * row-level security as the data (staff of that tenant only). Shared by every app
 * instance, since it lives in the database. One statement on a hit.
 */
export async function withDashboardCache(
  tx: Tx,
  input: { tenantId: string; filters: DashboardFilters; asOf: string },
  compute: () => Promise<DashboardData>,
): Promise<DashboardData> {
  const key = dashboardCacheKey(input.filters);
  const [row] = await tx.$queryRaw<{ version: number; payload: DashboardData | null }[]>`
    SELECT v.version, c.payload
    FROM (SELECT COALESCE((SELECT d.version FROM "DashboardVersion" d WHERE d."tenantId" = ${input.tenantId}), 0) AS version) v
    LEFT JOIN "DashboardCache" c
      ON c."tenantId" = ${input.tenantId} AND c.key = ${key} AND c."asOf" = ${input.asOf}::date AND c.version = v.version`;
  if (row?.payload) return row.payload;
  const data = await compute();
  await tx.$executeRaw`
    INSERT INTO "DashboardCache" ("tenantId", key, "asOf", version, payload, "updatedAt")
    VALUES (${input.tenantId}, ${key}, ${input.asOf}::date, ${row?.version ?? 0}, ${JSON.stringify(data)}::jsonb, CURRENT_TIMESTAMP)
    ON CONFLICT ("tenantId", key) DO UPDATE
      SET "asOf" = EXCLUDED."asOf", version = EXCLUDED.version, payload = EXCLUDED.payload, "updatedAt" = EXCLUDED."updatedAt"`;
  return data;
}
