import type { InvitationKind, Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";
import { formatter, translator } from "@/lib/i18n/translate";
import type { MailMessage } from "@/lib/mail/mailer";

export type InvitationMailInput = {
  kind: InvitationKind;
  to: string;
  link: string;
  tenantName: string;
  role: Role;
  expiresAt: Date;
  inviterName: string;
  /** A reset the account asked for itself ("Forgot your password?"), not one an owner sent. */
  selfService?: boolean;
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * The email for an invitation or a password reset, written in `locale` (mail is an edge: the
 * domain hands over codes and values, this turns them into sentences): plain text first, a
 * minimal HTML twin.
 */
export function invitationMail(input: InvitationMailInput, locale: Locale = DEFAULT_LOCALE): MailMessage {
  const t = translator(locale);
  const expires = formatter(locale).dateTime(input.expiresAt, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const role = t(`common.role.${input.role}`);
  const invite = input.kind === "INVITE";
  const subject = invite
    ? t("team.mail.inviteSubject", { tenant: input.tenantName })
    : t("team.mail.resetSubject", { tenant: input.tenantName });
  const intro = invite
    ? t("team.mail.inviteIntro", { inviter: input.inviterName, tenant: input.tenantName, role })
    : input.selfService
      ? t("team.mail.resetIntroSelf", { tenant: input.tenantName })
      : t("team.mail.resetIntro", { inviter: input.inviterName, tenant: input.tenantName });
  const action = invite ? t("team.mail.inviteAction") : t("team.mail.resetAction");
  const expiry = t("team.mail.expires", { expires });
  const ignore = invite ? t("team.mail.inviteIgnore") : t("team.mail.resetIgnore");
  const text = [intro, "", t("team.mail.actionLine", { action }), input.link, "", expiry, ignore].join("\n");
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(expiry)}<br>${escapeHtml(ignore)}</p>`,
  ].join("\n");
  return { to: input.to, subject, text, html };
}
