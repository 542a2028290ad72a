import type { JobMeta } from "@/lib/jobs/handlers";
import type { JobData } from "@/lib/jobs/queues";
import { asSystem } from "@/lib/jobs/system-context";
import { logger } from "@/lib/log";
import { appBaseUrl } from "@/lib/mail/app-url";
import { brandAttachments } from "@/lib/mail/brand";
import { listUnsubscribeHeaders } from "@/lib/mail/list-unsubscribe";
import { mailer } from "@/lib/mail/mailer";
import { COMPOSERS } from "@/lib/mail/outbox/composers";
import { loadRecipient } from "@/lib/mail/outbox/recipient";
import { renderMail } from "@/lib/mail/render";

/** Thrown to have the queue retry the run later (with its backoff). */
export class MailNotSent extends Error {}

/** How long one run holds its mail: the SMTP timeouts (lib/mail/mailer.ts) and some margin. */
export const MAIL_LEASE_SECONDS = 45;

/**
 * The "mail.send" job: one attempt to send one outbox mail.
 *
 * 1. Claim it in a short transaction (a lease, an attempt counted) — only a PENDING mail whose
 *    lease is free, so a job run twice (the queue is at-least-once) sends once — and, in the
 *    same transaction, compose it from what is true now: the recipient still a member, not
 *    disabled, not opted out; the report still published. Otherwise it is SKIPPED, with why.
 * 2. Render it (react-email: HTML and text) and hand it to the transport with no transaction
 *    open: SMTP when SMTP_URL is set; otherwise it is captured, i.e. kept on the row for the dev
 *    mailbox (/dev/mailbox), and counts as sent.
 * 3. Record the outcome: SENT with what was sent; a failure keeps it PENDING and throws so the
 *    queue retries with backoff; the last allowed attempt marks it FAILED with the error.
 */
export async function sendOutboxMail(job: JobData<"mail.send">, meta: JobMeta): Promise<{ result: string }> {
  const baseUrl = await appBaseUrl();
  const claimed = await asSystem(job.tenantId, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "OutboxMail"
      SET "leaseUntil" = now() + make_interval(secs => ${MAIL_LEASE_SECONDS}), attempts = attempts + 1,
          "lastAttemptAt" = now(), "updatedAt" = now()
      WHERE "tenantId" = ${job.tenantId} AND id = ${job.mailId} AND status = 'PENDING'
        AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
      RETURNING id`;
    const mail = await tx.outboxMail.findFirst({
      where: { tenantId: job.tenantId, id: job.mailId },
      select: { id: true, kind: true, sourceKey: true, recipientId: true, data: true, status: true },
    });
    if (!mail || rows.length === 0) return { mine: false as const, status: mail?.status ?? null };
    const recipient = await loadRecipient(tx, { tenantId: job.tenantId, userId: mail.recipientId, kind: mail.kind });
    const composed =
      "skip" in recipient
        ? recipient
        : await COMPOSERS[mail.kind]({ tx, tenantId: job.tenantId, mail, recipient, baseUrl });
    if ("skip" in composed) {
      await tx.outboxMail.updateMany({
        where: { tenantId: job.tenantId, id: mail.id },
        data: { status: "SKIPPED", lastError: composed.skip, leaseUntil: null },
      });
      return { mine: true as const, skipped: composed.skip };
    }
    return { mine: true as const, composed, recipient: recipient as Exclude<typeof recipient, { skip: unknown }> };
  });
  if (!claimed.mine) {
    if (claimed.status === null) return { result: "gone" }; // tenant or member deleted since
    if (claimed.status !== "PENDING") return { result: `already ${claimed.status.toLowerCase()}` };
    throw new MailNotSent("mail held by another run");
  }
  if ("skipped" in claimed) return { result: `skipped: ${claimed.skipped}` };

  const { composed, recipient } = claimed;
  const { html, text } = await renderMail(composed.element);
  const transport = mailer();
  let error: string | null = null;
  if (transport.kind === "smtp") {
    try {
      await transport.send({
        to: recipient.email,
        subject: composed.subject,
        html,
        text,
        attachments: brandAttachments(composed.brand),
        headers: listUnsubscribeHeaders(composed.oneClickUrl),
      });
    } catch (e) {
      error = (e instanceof Error ? e.message : String(e)).slice(0, 500) || "send_failed";
    }
  }
  const last = meta.retryCount >= meta.retryLimit;
  await asSystem(job.tenantId, (tx) =>
    tx.outboxMail.updateMany({
      where: { tenantId: job.tenantId, id: job.mailId },
      data:
        error === null
          ? {
              status: "SENT",
              sentAt: new Date(),
              transport: transport.kind === "smtp" ? "smtp" : "capture",
              toEmail: recipient.email,
              locale: recipient.locale,
              subject: composed.subject,
              html,
              text,
              lastError: null,
              leaseUntil: null,
            }
          : { status: last ? "FAILED" : "PENDING", lastError: error, leaseUntil: null },
    }),
  );
  if (error !== null) {
    logger.warn("mail.outbox_failed", {
      tenantId: job.tenantId,
      mailId: job.mailId,
      attempt: meta.retryCount + 1,
      last,
    });
    if (!last) throw new MailNotSent(error);
    return { result: "failed" };
  }
  if (transport.kind !== "smtp")
    logger.info("mail.captured", { tenantId: job.tenantId, mailId: job.mailId, reason: "SMTP_URL is not set" });
  return { result: transport.kind === "smtp" ? "sent" : "captured" };
}
