import type { Tx } from "@/lib/db/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Lifecycle, Model } from "@/lib/vocabulary";

export type PortfolioNowRow = {
  lifecycle: Lifecycle;
  model: Model;
  clients: number;
  users: number;
  /** Endpoints, each organization's own count, or its headcount where the count is not known. */
  endpoints: number;
  /** Organizations whose endpoints are not known (counted at one per person in `endpoints`). */
  endpointsUnknown: number;
};

/**
 * Organizations by lifecycle status and current model, with their headcount and endpoints: one
 * GROUP BY on the (tenantId, lifecycleStatus, currentModel) index. At most 9 rows.
 */
export function queryPortfolioNow(tx: Tx, tenantId: string, filter: Prisma.Sql): Promise<PortfolioNowRow[]> {
  return tx.$queryRaw<PortfolioNowRow[]>`
    SELECT o."lifecycleStatus"::text AS lifecycle, o."currentModel"::text AS model,
           COUNT(*)::int AS clients, COALESCE(SUM(o.headcount), 0)::int AS users,
           COALESCE(SUM(COALESCE(o.endpoints, o.headcount)), 0)::int AS endpoints,
           (COUNT(*) - COUNT(o.endpoints))::int AS "endpointsUnknown"
    FROM "ClientOrganization" o
    WHERE o."tenantId" = ${tenantId} ${filter}
    GROUP BY 1, 2`;
}
