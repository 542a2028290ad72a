import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { ownerTenant } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";

/** The owner's reminder day for the month's missing reports (null: off). */
export async function getReportReminder(tx: Tx, actor: Actor): Promise<{ reportReminderDay: number | null }> {
  const tenant = await tx.tenant.findFirst({ where: { id: ownerTenant(actor) }, select: { reportReminderDay: true } });
  if (!tenant) throw notFound();
  return tenant;
}
