import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/** A file carried by the message; with `cid`, an image the HTML shows inline (`<img src="cid:…">`). */
export type MailAttachment = {
  filename: string;
  content: Buffer;
  contentType: string;
  cid?: string;
  contentDisposition?: "inline" | "attachment";
};

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Extra headers (the outbox's List-Unsubscribe). */
  headers?: Record<string, string>;
};

/**
 * Where mail goes. `smtp`: delivered through nodemailer (SMTP_URL). `log`: no
 * mail server is configured, so nothing is sent: an invitation's link is written
 * to the server log and shown to the person who asked for it instead, and the
 * outbox's mails are captured for the dev mailbox (lib/mail/outbox/send-mail.ts).
 */
export type Mailer = { kind: "smtp" | "log"; send(message: MailMessage & { link?: string }): Promise<void> };

/** Timeouts short enough to fail inside a request transaction (15 s) rather than hang it. */
const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 8_000 } as const;

/**
 * SMTP through nodemailer. The URL carries host, port, credentials and options
 * (`smtp://user:pass@host:587`, `smtps://…:465`, `?ignoreTLS=true` for a local
 * relay without STARTTLS).
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, { from, ...SMTP_TIMEOUTS });
  return {
    kind: "smtp",
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments,
        headers: message.headers,
      });
      logger.info("mail.sent", { to: message.to, subject: message.subject });
    },
  };
}

/** No mail server: the link goes to the server log (and back to the inviter's screen). */
export const logMailer: Mailer = {
  kind: "log",
  async send(message) {
    logger.warn("mail.not_sent", {
      reason: "SMTP_URL is not set",
      to: message.to,
      subject: message.subject,
      link: message.link,
    });
  },
};

let override: Mailer | null = null;

/** The configured mailer: SMTP when SMTP_URL is set, otherwise the log. */
export function mailer(): Mailer {
  if (override) return override;
  const { SMTP_URL, MAIL_FROM } = env();
  return SMTP_URL ? smtpMailer(SMTP_URL, MAIL_FROM) : logMailer;
}

/** Tests only: route mail somewhere else (a failing transport, a recorder). `null` restores. */
export function setMailerForTests(mailerOrNull: Mailer | null): void {
  override = mailerOrNull;
}
