import type { Tx } from "@/lib/db/context";

/**
 * How long the outbox keeps a mail (ARCHITECTURE.md, "E-mail", retention). A sent or captured
 * mail holds its recipient's address and the whole body — personal data (names, comments, report
 * summaries) — so it is kept only as long as it helps to answer "did this person get it?": 90
 * days after it was queued, the same for a mail not sent on purpose (SKIPPED: opted out, left).
 * A FAILED mail (given up after its retries) is kept 180 days, to look into a delivery problem.
 * A PENDING one is never purged: it is still being sent (and the queue retries it).
 */
export const OUTBOX_RETENTION_DAYS = { SENT: 90, SKIPPED: 90, FAILED: 180 } as const;

const DAY_MS = 24 * 3600 * 1000;

/**
 * Deletes one tenant's outbox mails past their retention, in the daily run's transaction (the
 * worker's system context: RLS lets it touch this tenant's rows only). Index (tenantId, createdAt).
 */
export async function purgeOldMails(tx: Tx, input: { tenantId: string; now: Date }): Promise<number> {
  let purged = 0;
  for (const [status, days] of Object.entries(OUTBOX_RETENTION_DAYS) as [
    keyof typeof OUTBOX_RETENTION_DAYS,
    number,
  ][]) {
    const { count } = await tx.outboxMail.deleteMany({
      where: { tenantId: input.tenantId, status, createdAt: { lt: new Date(input.now.getTime() - days * DAY_MS) } },
    });
    purged += count;
  }
  return purged;
}
