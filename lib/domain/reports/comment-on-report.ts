import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { emitEvent } from "@/lib/events/emit-event";
import type { Tx } from "@/lib/db/context";
import type { CommentOnReportInput } from "@/lib/domain/reports/schemas";
import { notFound } from "@/lib/errors";
import { readableReports } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * A comment on a published report: the client's questions and the MSP's
 * answers, in one thread both sides see. Clients reach only their
 * organization's published reports; staff any published report of their
 * tenant (drafts are not discussed with the client).
 */
export async function commentOnReport(
  tx: Tx,
  actor: Actor,
  input: CommentOnReportInput,
  ctx: DomainContext,
): Promise<{ id: string }> {
  const scope = readableReports(actor);
  const report = await tx.steeringReport.findFirst({
    where: { ...scope, id: input.reportId, status: "PUBLISHED" },
    select: { id: true, organizationId: true, period: true },
  });
  if (!report) throw notFound();
  const comment = await tx.reportComment.create({
    data: { tenantId: scope.tenantId, reportId: report.id, authorId: actor.userId, body: input.body },
    select: { id: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "report.comment",
    targetType: "SteeringReport",
    targetId: report.id,
    metadata: { commentId: comment.id },
  });
  await emitEvent(tx, {
    tenantId: scope.tenantId,
    type: "report.commented",
    data: {
      reportId: report.id,
      organizationId: report.organizationId,
      period: report.period,
      commentId: comment.id,
      authorRole: actor.role === "CLIENT" ? "CLIENT" : "STAFF",
    },
    actorUserId: actor.userId,
  });
  return { id: comment.id };
}
