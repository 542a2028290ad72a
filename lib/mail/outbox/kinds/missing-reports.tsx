import { z } from "zod";
import { formatter, translator } from "@/lib/i18n/translate";
import type { Composer } from "@/lib/mail/outbox/compose";
import { mailFooter } from "@/lib/mail/outbox/footer";
import { missingReports, reminderRecipients } from "@/lib/mail/outbox/missing-reports";
import { MailLayout, Paragraph } from "@/lib/mail/templates/layout";
import { formatPeriod } from "@/lib/reports/format";
import { Text } from "@react-email/components";

const dataSchema = z.object({ period: z.string().regex(/^\d{4}-\d{2}$/) });

/**
 * The reminder of the month's reports still missing, to an account manager (their clients) or an
 * owner (clients without a manager), in Mainstay's look (staff mail). Written from what is missing
 * when it is sent: a report published in between is no longer listed, and nothing left means no mail.
 */
export const composeMissingReports: Composer = async ({ tx, tenantId, mail, recipient, baseUrl }) => {
  const { period } = dataSchema.parse(mail.data);
  const staff = await tx.membership.findMany({
    where: { tenantId, removedAt: null, role: { in: ["OWNER", "ACCOUNT_MANAGER"] } },
    select: { userId: true, role: true },
  });
  const mine =
    reminderRecipients(
      await missingReports(tx, { tenantId, period }),
      staff as { userId: string; role: "OWNER" | "ACCOUNT_MANAGER" }[],
    ).get(recipient.userId) ?? [];
  if (mine.length === 0) return { skip: "nothing_new" };
  const t = translator(recipient.locale);
  const month = formatPeriod(formatter(recipient.locale), period);
  const senderName = recipient.tenantName;
  const { footer, oneClickUrl } = mailFooter({
    t,
    baseUrl,
    tenantId,
    userId: recipient.userId,
    kind: "MISSING_REPORTS",
    senderName,
    brand: null,
  });
  const element = (
    <MailLayout
      locale={recipient.locale}
      preview={t("mail.missingReports.preview", { count: mine.length, month })}
      senderName={senderName}
      brand={null}
      heading={t("mail.missingReports.heading", { month })}
      action={{ label: t("mail.missingReports.action"), href: `${baseUrl}/reports` }}
      footer={footer}
    >
      <Paragraph>{t("mail.greeting", { name: recipient.name })}</Paragraph>
      <Paragraph>{t("mail.missingReports.intro", { count: mine.length, month })}</Paragraph>
      {mine.map((org) => (
        <Text key={org.organizationId} style={{ margin: "0 0 6px" }}>
          {t(`mail.missingReports.item.${org.state}`, { organization: org.name })}
        </Text>
      ))}
    </MailLayout>
  );
  return {
    subject: t("mail.missingReports.subject", { count: mine.length, month }),
    element,
    brand: null,
    oneClickUrl,
  };
};
