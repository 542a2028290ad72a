import type { Translate } from "@/lib/i18n/translate";
import type { MailAttachment } from "@/lib/mail/mailer";

/**
 * The MSP's brand in an e-mail to one of its clients (lib/domain/brand/mail-brand.ts decides who
 * gets it): its name, colour, logo and support contact. Every e-mail the app sends (outbox mails,
 * invitations, password resets) is drawn by the same react-email layout
 * (lib/mail/templates/layout.tsx) with `supportLine` in its footer, so they all look the same.
 */
export type MailBrand = {
  name: string;
  /** Passed WCAG AA under white text and on white (lib/brand/contrast.ts); null: Mainstay's indigo. */
  color: string | null;
  supportEmail: string | null;
  supportPhone: string | null;
  logo: { png: Buffer; width: number; height: number } | null;
};

/** The logo travels inside the message (a related part referenced by Content-ID): no remote image to fetch or block. */
export const LOGO_CID = "brand-logo@mainstay";

export function brandAttachments(brand: MailBrand | null | undefined): MailAttachment[] {
  if (!brand?.logo) return [];
  return [
    {
      filename: "logo.png",
      content: brand.logo.png,
      contentType: "image/png",
      cid: LOGO_CID,
      contentDisposition: "inline",
    },
  ];
}

/** "Need help? Northwind support: help@… , +44 …" in the reader's language, or nothing. */
export function supportLine(brand: MailBrand | null | undefined, t: Translate): string | null {
  if (!brand || (!brand.supportEmail && !brand.supportPhone)) return null;
  const tt = t as unknown as (key: string, params?: Record<string, string>) => string;
  if (brand.supportEmail && brand.supportPhone)
    return tt("team.mail.supportBoth", { msp: brand.name, email: brand.supportEmail, phone: brand.supportPhone });
  if (brand.supportEmail) return tt("team.mail.supportEmail", { msp: brand.name, email: brand.supportEmail });
  return tt("team.mail.supportPhone", { msp: brand.name, phone: brand.supportPhone! });
}
