import { z } from "zod";
import { readDocumentBrand } from "@/lib/domain/brand/get-document-brand";
import { formatter, translator } from "@/lib/i18n/translate";
import type { MailBrand } from "@/lib/mail/brand";
import type { Composer } from "@/lib/mail/outbox/compose";
import { mailFooter } from "@/lib/mail/outbox/footer";
import { Block, MailLayout, Paragraph } from "@/lib/mail/templates/layout";
import { formatPeriod } from "@/lib/reports/format";
import { readContent } from "@/lib/reports/read-content";

const dataSchema = z.object({ reportId: z.string().min(1), republished: z.boolean().default(false) });

/** A summary's text in a mail: whole up to this many characters, else cut at a word and "…". */
export const SUMMARY_MAX = 600;
export function clip(text: string, max = SUMMARY_MAX): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40)).trimEnd()}…`;
}

/**
 * "Your service review is ready": to each client user of the organization, in their language,
 * with the MSP's brand (lib/domain/brand/mail-brand.ts: clients see it), the review's summary
 * (highlights, decisions needed, how many recommendations) and a link to the review in the
 * portal. A report withdrawn before the mail went is not announced.
 */
export const composeReportPublished: Composer = async ({ tx, tenantId, mail, recipient, baseUrl }) => {
  const data = dataSchema.parse(mail.data);
  const report = await tx.steeringReport.findFirst({
    where: { tenantId, id: data.reportId },
    select: {
      status: true,
      period: true,
      organizationId: true,
      metrics: true,
      narrative: true,
      recommendations: true,
      roadmap: true,
      budget: true,
      organization: { select: { name: true } },
    },
  });
  if (!report || report.status !== "PUBLISHED") return { skip: "report_unpublished" };
  if (recipient.organizationId !== report.organizationId) return { skip: "not_audience" };
  const document = await readDocumentBrand(tx, tenantId);
  const brand: MailBrand | null = document
    ? {
        name: document.displayName ?? recipient.tenantName,
        color: document.color,
        supportEmail: document.supportEmail,
        supportPhone: document.supportPhone,
        logo: document.logo,
      }
    : null;
  const senderName = brand?.name ?? recipient.tenantName;
  const t = translator(recipient.locale);
  const period = formatPeriod(formatter(recipient.locale), report.period);
  const organization = report.organization.name;
  const { content } = readContent(report);
  const { highlights, decisionsNeeded } = content.narrative;
  const recommendations = content.recommendations.length;
  const { footer, oneClickUrl } = mailFooter({
    t,
    baseUrl,
    tenantId,
    userId: recipient.userId,
    kind: "REPORT_PUBLISHED",
    senderName,
    brand,
  });
  const subject = t("mail.reportPublished.subject", { period, sender: senderName });
  const element = (
    <MailLayout
      locale={recipient.locale}
      preview={t("mail.reportPublished.preview", { organization, period })}
      senderName={senderName}
      brand={brand}
      heading={t("mail.reportPublished.heading", { organization, period })}
      action={{ label: t("mail.reportPublished.action"), href: `${baseUrl}/portal/reports/${data.reportId}` }}
      footer={footer}
    >
      <Paragraph>{t("mail.greeting", { name: recipient.name })}</Paragraph>
      <Paragraph>
        {data.republished
          ? t("mail.reportPublished.introRepublished", { sender: senderName, organization, period })
          : t("mail.reportPublished.intro", { sender: senderName, organization, period })}
      </Paragraph>
      {highlights ? (
        <Block title={t("mail.reportPublished.highlights")}>
          <Paragraph>{clip(highlights)}</Paragraph>
        </Block>
      ) : null}
      {decisionsNeeded ? (
        <Block title={t("mail.reportPublished.decisionsNeeded")}>
          <Paragraph>{clip(decisionsNeeded)}</Paragraph>
        </Block>
      ) : null}
      {recommendations > 0 ? (
        <Paragraph>{t("mail.reportPublished.recommendations", { count: recommendations })}</Paragraph>
      ) : null}
    </MailLayout>
  );
  return { subject, element, brand, oneClickUrl };
};
