import type { Translate } from "@/lib/i18n/translate";
import type { MailAttachment } from "@/lib/mail/mailer";

/**
 * The MSP's brand in an e-mail to one of its clients (lib/domain/brand/mail-brand.ts decides who
 * gets it): its name, colour, logo and support contact. Every e-mail the app sends to a client
 * user goes through `brandedHtml` and `supportLines`, so they all look the same.
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
const MAINSTAY_INDIGO = "#4338ca";
const LOGO_HEIGHT = 48;

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

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

/**
 * The HTML of a branded e-mail: the logo and name in the brand's colour on top, the body, the
 * call to action as a button in that colour (white text on it: the colour passed AA for that),
 * the support contact at the bottom. Inline styles only (e-mail clients drop <style>). Every piece
 * of text is escaped here; `paragraphs` are plain text.
 */
export function brandedHtml(input: {
  brand: MailBrand;
  paragraphs: string[];
  action: { label: string; href: string };
  after: string[];
  support: string | null;
}): string {
  const { brand } = input;
  const color = brand.color ?? MAINSTAY_INDIGO;
  const logo = brand.logo
    ? `<img src="cid:${LOGO_CID}" alt="" height="${LOGO_HEIGHT}" width="${Math.round((LOGO_HEIGHT * brand.logo.width) / brand.logo.height)}" style="display:block;height:${LOGO_HEIGHT}px;width:auto;border:0">`
    : "";
  return [
    `<div style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#0f172a;max-width:560px">`,
    `<div style="border-bottom:3px solid ${color};padding-bottom:12px;margin-bottom:16px">${logo}`,
    `<p style="margin:8px 0 0;font-size:18px;font-weight:bold;color:${color}">${escapeHtml(brand.name)}</p></div>`,
    ...input.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(input.action.href)}" style="display:inline-block;background:${color};color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(input.action.label)}</a></p>`,
    `<p>${input.after.map(escapeHtml).join("<br>")}</p>`,
    input.support
      ? `<p style="margin-top:24px;padding-top:12px;border-top:1px solid #e2e8f0;font-size:13px;color:#475569">${escapeHtml(input.support)}</p>`
      : "",
    `</div>`,
  ]
    .filter(Boolean)
    .join("\n");
}
