import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";

/** How many mails the dev mailbox shows (newest first). */
export const MAILBOX_SIZE = 50;

/**
 * The tenant's outbox, newest first, for the dev mailbox (app/(app)/dev/mailbox): what each mail
 * is, to whom, its state, and — once sent or captured — its subject and both bodies. Staff of the
 * tenant only (and RLS: the outbox's staff read policy); index (tenantId, createdAt).
 */
export async function listOutboxMails(tx: Tx, actor: Actor) {
  const tenantId = staffTenant(actor);
  return tx.outboxMail.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAILBOX_SIZE,
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      transport: true,
      toEmail: true,
      locale: true,
      subject: true,
      html: true,
      text: true,
      recipient: { select: { user: { select: { email: true, name: true } } } },
    },
  });
}
