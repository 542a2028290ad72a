import type { Tx } from "@/lib/db/context";
import type { MailKind, Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";

/**
 * Puts mails in the outbox, in the caller's transaction (the event's dispatch, the daily run):
 * one row per (kind, sourceKey, recipient) — the unique key, so a second run of the same work
 * adds nothing — and one "mail.send" job per new row, keyed by its id. Returns how many were
 * new. Whether each recipient still wants it is decided when it is sent (lib/mail/outbox/send-mail.ts):
 * one who turned it off gets a SKIPPED row saying so, which the dev mailbox shows.
 */
export async function queueMails(
  tx: Tx,
  input: {
    tenantId: string;
    kind: MailKind;
    sourceKey: string;
    recipients: { userId: string; data: Prisma.InputJsonValue }[];
  },
): Promise<number> {
  if (input.recipients.length === 0) return 0;
  await tx.outboxMail.createMany({
    data: input.recipients.map((r) => ({
      tenantId: input.tenantId,
      kind: input.kind,
      sourceKey: input.sourceKey,
      recipientId: r.userId,
      data: r.data,
    })),
    skipDuplicates: true,
  });
  const fresh = await tx.outboxMail.findMany({
    where: { tenantId: input.tenantId, kind: input.kind, sourceKey: input.sourceKey, status: "PENDING", attempts: 0 },
    select: { id: true },
  });
  let queued = 0;
  for (const mail of fresh) {
    const job = await enqueue(tx, {
      name: "mail.send",
      data: { tenantId: input.tenantId, mailId: mail.id },
      key: mail.id,
    });
    if (job) queued++;
  }
  return queued;
}
