import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import type { UpdateReportReminderInput } from "@/lib/domain/settings/schemas";
import { notFound } from "@/lib/errors";

/**
 * The owner's day of the month (1–28, UTC) on which account managers are e-mailed the month's
 * reports still missing (lib/mail/daily.ts); null turns the reminder off (the default). Not a
 * versioned edit: one value, last write wins, never in conflict with the price list's form.
 */
export async function updateReportReminder(
  tx: Tx,
  actor: Actor,
  input: UpdateReportReminderInput,
  ctx: DomainContext,
): Promise<{ reportReminderDay: number | null }> {
  const tenantId = ownerTenant(actor);
  const current = await tx.tenant.findFirst({ where: { id: tenantId }, select: { reportReminderDay: true } });
  if (!current) throw notFound();
  await tx.tenant.updateMany({ where: { id: tenantId }, data: { reportReminderDay: input.reportReminderDay } });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "settings.update",
    targetType: "Tenant",
    targetId: tenantId,
    metadata: { changes: { reportReminderDay: { from: current.reportReminderDay, to: input.reportReminderDay } } },
  });
  return { reportReminderDay: input.reportReminderDay };
}
