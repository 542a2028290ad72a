import type { InvitationKind, Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";
import { formatter, translator } from "@/lib/i18n/translate";
import { brandAttachments, brandedHtml, escapeHtml, supportLine, type MailBrand } from "@/lib/mail/brand";
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
  /** The MSP's brand, for an e-mail to one of its clients (lib/domain/brand/mail-brand.ts); else Mainstay's look. */
  brand?: MailBrand | null;
};

/**
 * The email for an invitation or a password reset, written in `locale` (mail is an edge: the
 * domain hands over codes and values, this turns them into sentences): plain text first, a
 * minimal HTML twin. To a client of a branded MSP, the MSP's name replaces the tenant's, and the
 * HTML carries its logo, colour and support contact (the text its support contact).
 */
export function invitationMail(input: InvitationMailInput, locale: Locale = DEFAULT_LOCALE): MailMessage {
  const t = translator(locale);
  const expires = formatter(locale).dateTime(input.expiresAt, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const role = t(`common.role.${input.role}`);
  const brand = input.brand ?? null;
  const tenant = brand?.name ?? input.tenantName;
  const invite = input.kind === "INVITE";
  const subject = invite ? t("team.mail.inviteSubject", { tenant }) : t("team.mail.resetSubject", { tenant });
  const intro = invite
    ? t("team.mail.inviteIntro", { inviter: input.inviterName, tenant, role })
    : input.selfService
      ? t("team.mail.resetIntroSelf", { tenant })
      : t("team.mail.resetIntro", { inviter: input.inviterName, tenant });
  const action = invite ? t("team.mail.inviteAction") : t("team.mail.resetAction");
  const expiry = t("team.mail.expires", { expires });
  const ignore = invite ? t("team.mail.inviteIgnore") : t("team.mail.resetIgnore");
  const support = supportLine(brand, t);
  const text = [intro, "", t("team.mail.actionLine", { action }), input.link, "", expiry, ignore]
    .concat(support ? ["", support] : [])
    .join("\n");
  const html = brand
    ? brandedHtml({
        brand,
        paragraphs: [intro],
        action: { label: action, href: input.link },
        after: [expiry, ignore],
        support,
      })
    : [
        `<p>${escapeHtml(intro)}</p>`,
        `<p><a href="${escapeHtml(input.link)}">${escapeHtml(action)}</a></p>`,
        `<p>${escapeHtml(expiry)}<br>${escapeHtml(ignore)}</p>`,
      ].join("\n");
  const attachments = brandAttachments(brand);
  return { to: input.to, subject, text, html, ...(attachments.length ? { attachments } : {}) };
}
