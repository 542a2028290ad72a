import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { staffTenant } from "@/lib/domain/scope";

/** How far back a client comment can still be "new" to a staff member who never opened its report. */
export const NEW_COMMENT_DAYS = 60;
/** At most this many recent client comments are looked at (newest first). */
const SCAN_LIMIT = 1_000;

export type NewClientComments = {
  /** Client comments on the tenant's reports posted since the caller last opened each report. */
  total: number;
  /** One entry per report with new comments, newest comment first. */
  reports: {
    reportId: string;
    organizationId: string;
    organizationName: string;
    period: string;
    count: number;
    latestAt: Date;
  }[];
};

/**
 * What clients said that this staff member has not seen: comments written by client users in
 * the last NEW_COMMENT_DAYS days on a report of the tenant, posted after the caller last opened
 * that report (ReportRead; never opened counts everything in the window). Three queries, served
 * by ReportComment(tenantId, createdAt), ReportRead's primary key and SteeringReport's.
 */
export async function listNewClientComments(
  tx: Tx,
  actor: Actor,
  ctx: Pick<DomainContext, "now"> = {},
): Promise<NewClientComments> {
  const tenantId = staffTenant(actor);
  const now = ctx.now ?? new Date();
  const since = new Date(now.getTime() - NEW_COMMENT_DAYS * 86_400_000);
  const comments = await tx.reportComment.findMany({
    where: { tenantId, createdAt: { gte: since }, author: { role: "CLIENT" } },
    orderBy: { createdAt: "desc" },
    take: SCAN_LIMIT,
    select: { reportId: true, createdAt: true },
  });
  if (comments.length === 0) return { total: 0, reports: [] };
  const ids = [...new Set(comments.map((c) => c.reportId))];
  const [reads, reports] = await Promise.all([
    tx.reportRead.findMany({
      where: { tenantId, userId: actor.userId, reportId: { in: ids } },
      select: { reportId: true, readAt: true },
    }),
    tx.steeringReport.findMany({
      where: { tenantId, id: { in: ids } },
      select: { id: true, period: true, organizationId: true, organization: { select: { name: true } } },
    }),
  ]);
  const readAt = new Map(reads.map((r) => [r.reportId, r.readAt]));
  const byReport = new Map<string, { count: number; latestAt: Date }>();
  for (const c of comments) {
    const seen = readAt.get(c.reportId);
    if (seen && c.createdAt <= seen) continue;
    const entry = byReport.get(c.reportId);
    if (entry) entry.count += 1;
    else byReport.set(c.reportId, { count: 1, latestAt: c.createdAt });
  }
  const info = new Map(reports.map((r) => [r.id, r]));
  const list = [...byReport.entries()]
    .filter(([id]) => info.has(id))
    .map(([id, e]) => {
      const r = info.get(id)!;
      return {
        reportId: id,
        organizationId: r.organizationId,
        organizationName: r.organization.name,
        period: r.period,
        count: e.count,
        latestAt: e.latestAt,
      };
    })
    .sort((a, b) => b.latestAt.getTime() - a.latestAt.getTime());
  return { total: list.reduce((n, r) => n + r.count, 0), reports: list };
}
