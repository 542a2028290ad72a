import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { readMetrics } from "@/lib/reports/read-content";
import { buildTrend, TREND_MONTHS, type TrendPoint } from "@/lib/reports/trends";
import { clientScope } from "@/lib/domain/scope";

export type PortalReportItem = {
  id: string;
  period: string;
  publishedAt: Date | null;
  acknowledgedAt: Date | null;
  /** When this user last opened it; null: never (the "New" badge). */
  readAt: Date | null;
  comments: number;
};

/**
 * A client's service reviews: their organization's published reports, newest
 * month first, with whether this user opened and acknowledged each one, plus the trend of the
 * last 12 months for the overview chart. Three queries.
 */
export async function listPortalReports(
  tx: Tx,
  actor: Actor,
): Promise<{ organizationName: string; mspName: string; reports: PortalReportItem[]; trend: TrendPoint[] }> {
  const scope = clientScope(actor);
  const [org, rows] = await Promise.all([
    tx.clientOrganization.findFirst({
      where: { tenantId: scope.tenantId, id: scope.organizationId },
      select: { name: true, tenant: { select: { name: true, brand: { select: { displayName: true } } } } },
    }),
    tx.steeringReport.findMany({
      where: scope,
      orderBy: { period: "desc" },
      select: {
        id: true,
        period: true,
        publishedAt: true,
        metrics: true,
        acks: { where: { tenantId: scope.tenantId, userId: actor.userId }, select: { acknowledgedAt: true } },
        reads: { where: { tenantId: scope.tenantId, userId: actor.userId }, select: { readAt: true } },
        _count: { select: { comments: true } },
      },
    }),
  ]);
  return {
    organizationName: org?.name ?? "",
    mspName: org?.tenant.brand?.displayName ?? org?.tenant.name ?? actor.tenantName ?? "",
    reports: rows.map((r) => ({
      id: r.id,
      period: r.period,
      publishedAt: r.publishedAt,
      acknowledgedAt: r.acks[0]?.acknowledgedAt ?? null,
      readAt: r.reads[0]?.readAt ?? null,
      comments: r._count.comments,
    })),
    trend: buildTrend(rows.slice(0, TREND_MONTHS).map((r) => ({ period: r.period, metrics: readMetrics(r.metrics) }))),
  };
}
