import type { MailKind } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { supportLine, type MailBrand } from "@/lib/mail/brand";
import type { MailFooter } from "@/lib/mail/templates/layout";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";

/**
 * The footer every outbox mail carries: why it came, the MSP's support contact (to its
 * clients), a link to choose one's e-mails on the profile and a signed one-kind unsubscribe link
 * (a page that asks for confirmation). Also the one-click URL of the same token, for the
 * List-Unsubscribe header (lib/mail/list-unsubscribe.ts, app/api/mail/unsubscribe/[token]/route.ts).
 */
export function mailFooter(input: {
  t: Translate;
  baseUrl: string;
  tenantId: string;
  userId: string;
  kind: MailKind;
  senderName: string;
  brand: MailBrand | null;
}): { footer: MailFooter; oneClickUrl: string } {
  const { t } = input;
  const token = unsubscribeToken({ tenantId: input.tenantId, userId: input.userId, kind: input.kind });
  const unsubscribeUrl = `${input.baseUrl}/unsubscribe/${token}`;
  const support = supportLine(input.brand, t);
  return {
    oneClickUrl: `${input.baseUrl}/api/mail/unsubscribe/${token}`,
    footer: {
      lines: [t(`mail.footer.why.${input.kind}`, { sender: input.senderName }), ...(support ? [support] : [])],
      links: [
        { label: t("mail.footer.preferences"), href: `${input.baseUrl}/profile` },
        { label: t("mail.footer.unsubscribe"), href: unsubscribeUrl },
      ],
    },
  };
}
