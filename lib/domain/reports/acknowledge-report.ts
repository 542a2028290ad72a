import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { emitEvent } from "@/lib/events/emit-event";
import type { Tx } from "@/lib/db/context";
import type { AcknowledgeReportInput } from "@/lib/domain/reports/schemas";
import { notFound } from "@/lib/errors";
import { clientScope } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * A client user acknowledges a published report of their organization. One
 * acknowledgement per user ((tenantId, reportId, userId) is unique): a repeat
 * or a concurrent twin is a success that writes nothing more.
 */
export async function acknowledgeReport(
  tx: Tx,
  actor: Actor,
  input: AcknowledgeReportInput,
  ctx: DomainContext,
): Promise<{ id: string; acknowledgedAt: string; first: boolean }> {
  const scope = clientScope(actor);
  const report = await tx.steeringReport.findFirst({
    where: { ...scope, id: input.id },
    select: { id: true, organizationId: true, period: true },
  });
  if (!report) throw notFound();
  const { count } = await tx.reportAcknowledgement.createMany({
    data: [{ tenantId: scope.tenantId, reportId: report.id, userId: actor.userId }],
    skipDuplicates: true,
  });
  const ack = await tx.reportAcknowledgement.findFirst({
    where: { tenantId: scope.tenantId, reportId: report.id, userId: actor.userId },
    select: { acknowledgedAt: true },
  });
  if (!ack) throw notFound();
  if (count === 1) {
    await audit(tx, auditWho(actor, ctx.requestId), {
      action: "report.acknowledge",
      targetType: "SteeringReport",
      targetId: report.id,
    });
    await emitEvent(tx, {
      tenantId: scope.tenantId,
      type: "report.acknowledged",
      data: { reportId: report.id, organizationId: report.organizationId, period: report.period, userId: actor.userId },
      actorUserId: actor.userId,
    });
  }
  return { id: report.id, acknowledgedAt: ack.acknowledgedAt.toISOString(), first: count === 1 };
}
