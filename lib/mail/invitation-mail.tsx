import type { InvitationKind, Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";
import { formatter, translator } from "@/lib/i18n/translate";
import { brandAttachments, supportLine, type MailBrand } from "@/lib/mail/brand";
import type { MailMessage } from "@/lib/mail/mailer";
import { renderMail } from "@/lib/mail/render";
import { MailLayout, Paragraph } from "@/lib/mail/templates/layout";

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
 * The e-mail of an invitation or a password reset, in `locale` (mail is an edge: the domain hands
 * over codes and values, this turns them into sentences), built like every other e-mail Mainstay
 * sends: the react-email layout (lib/mail/templates/layout.tsx) rendered to HTML and its plain-text
 * twin from the same tree (lib/mail/render.ts). To a client of a branded MSP, the MSP's name
 * replaces the tenant's and the mail carries its logo (an inline part by Content-ID), colour and
 * support contact; staff and unbranded tenants get Mainstay's look. No unsubscribe link: it is
 * the one mail a person asked for (or that lets them in), not one they can turn off.
 */
export async function invitationMail(
  input: InvitationMailInput,
  locale: Locale = DEFAULT_LOCALE,
): Promise<MailMessage> {
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
  const support = supportLine(brand, t);
  const { html, text } = await renderMail(
    <MailLayout
      locale={locale}
      preview={intro}
      senderName={tenant}
      brand={brand}
      heading={subject}
      action={{ label: invite ? t("team.mail.inviteAction") : t("team.mail.resetAction"), href: input.link }}
      footer={{ lines: support ? [support] : [], links: [] }}
    >
      <Paragraph>{intro}</Paragraph>
      <Paragraph muted>
        {t("team.mail.expires", { expires })}
        {"\n"}
        {invite ? t("team.mail.inviteIgnore") : t("team.mail.resetIgnore")}
      </Paragraph>
    </MailLayout>,
  );
  const attachments = brandAttachments(brand);
  return { to: input.to, subject, text, html, ...(attachments.length ? { attachments } : {}) };
}
