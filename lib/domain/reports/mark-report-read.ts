import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { ReadableReport } from "@/lib/domain/reports/get-report";
import { readableReports } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";

/**
 * Records that the caller has opened a report (its page, staff or client): a client's "New"
 * badge clears for that user, and a staff member's count of new client comments on it starts
 * again from now. One row per user and report, moved forward on each visit; the report must be
 * one the caller may read (NOT_FOUND otherwise; RLS is the second wall). Not audited: it is
 * the caller's own bookkeeping, not a change to shared data. Given the report getReport read in
 * the same transaction, the scope is already proven and it is not read again.
 */
export async function markReportRead(
  tx: Tx,
  actor: Actor,
  report: string | ReadableReport,
  ctx: Pick<DomainContext, "now"> = {},
): Promise<Date> {
  const scope = readableReports(actor);
  const readAt = ctx.now ?? new Date();
  const reportId = typeof report === "string" ? report : report.id;
  if (typeof report === "string") {
    const found = await tx.steeringReport.findFirst({ where: { ...scope, id: reportId }, select: { id: true } });
    if (!found) throw notFound();
  }
  await tx.reportRead.upsert({
    where: { tenantId_reportId_userId: { tenantId: scope.tenantId, reportId, userId: actor.userId } },
    create: { tenantId: scope.tenantId, reportId, userId: actor.userId, readAt },
    update: { readAt },
  });
  return readAt;
}
