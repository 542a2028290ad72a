import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { WithdrawReportInput } from "@/lib/domain/reports/schemas";
import { notFound, refuse } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Takes a published report back from the client, with a reason (audited). The
 * client no longer sees it; staff can correct it and publish it again.
 * Idempotent like publishing: a repeat on a withdrawn report is a success
 * without a second event.
 */
export async function withdrawReport(
  tx: Tx,
  actor: Actor,
  input: WithdrawReportInput,
  ctx: DomainContext,
): Promise<{ id: string; version: number; alreadyWithdrawn: boolean }> {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const { count } = await tx.steeringReport.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: "PUBLISHED" },
    data: { status: "WITHDRAWN", withdrawnAt: now, withdrawnReason: input.reason, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.steeringReport.findFirst({
      where: { tenantId, id: input.id },
      select: { status: true, version: true },
    });
    if (!current) throw notFound();
    if (current.status === "WITHDRAWN") return { id: input.id, version: current.version, alreadyWithdrawn: true };
    throw refuse("CONFLICT", "reports.errors.changedBeforeWithdraw");
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "report.withdraw",
    targetType: "SteeringReport",
    targetId: input.id,
    metadata: { reason: input.reason },
  });
  return { id: input.id, version: input.expectedVersion + 1, alreadyWithdrawn: false };
}
