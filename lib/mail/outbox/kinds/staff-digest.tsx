import { Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { formatter, translator } from "@/lib/i18n/translate";
import { clientCommentsBetween, type ClientComment } from "@/lib/mail/outbox/client-activity";
import type { Composer } from "@/lib/mail/outbox/compose";
import { mailFooter } from "@/lib/mail/outbox/footer";
import { clip } from "@/lib/mail/outbox/kinds/report-published";
import { MailLayout, Paragraph } from "@/lib/mail/templates/layout";
import { formatPeriod } from "@/lib/reports/format";

const dataSchema = z.object({ since: z.iso.datetime(), until: z.iso.datetime() });

/** A comment's words in the digest: enough to know what it is about. */
const COMMENT_EXCERPT = 280;

/**
 * The daily digest to staff: the client comments of its window (since the last digest), grouped
 * by review, each with its author, an excerpt and a link to the review. Mainstay's look (staff).
 */
export const composeStaffDigest: Composer = async ({ tx, tenantId, mail, recipient, baseUrl }) => {
  const window = dataSchema.parse(mail.data);
  const { items, total } = await clientCommentsBetween(tx, {
    tenantId,
    since: new Date(window.since),
    until: new Date(window.until),
    managerId: recipient.role === "OWNER" ? null : recipient.userId,
  });
  if (total === 0) return { skip: "nothing_new" };
  const t = translator(recipient.locale);
  const format = formatter(recipient.locale);
  const senderName = recipient.tenantName;
  const byReport = new Map<string, ClientComment[]>();
  for (const item of items) byReport.set(item.reportId, [...(byReport.get(item.reportId) ?? []), item]);
  const { footer, oneClickUrl } = mailFooter({
    t,
    baseUrl,
    tenantId,
    userId: recipient.userId,
    kind: "STAFF_DIGEST",
    senderName,
    brand: null,
  });
  const since = format.dateTime(new Date(window.since), { dateStyle: "medium", timeStyle: "short" });
  const element = (
    <MailLayout
      locale={recipient.locale}
      preview={t("mail.digest.preview", { count: total })}
      senderName={senderName}
      brand={null}
      heading={t("mail.digest.heading", { count: total })}
      action={{ label: t("mail.digest.action"), href: `${baseUrl}/reports` }}
      footer={footer}
    >
      <Paragraph>{t("mail.greeting", { name: recipient.name })}</Paragraph>
      <Paragraph>{t("mail.digest.intro", { count: total, since })}</Paragraph>
      {[...byReport.values()].map((comments) => {
        const first = comments[0]!;
        return (
          <Section key={first.reportId} style={{ margin: "0 0 16px" }}>
            <Text style={{ margin: "0 0 4px", fontWeight: "bold" }}>
              <Link href={`${baseUrl}/reports/${first.reportId}`} style={{ color: "#3730a3" }}>
                {t("mail.digest.report", {
                  organization: first.organizationName,
                  period: formatPeriod(format, first.period),
                })}
              </Link>
            </Text>
            {comments.map((c) => (
              <Text key={c.commentId} style={{ margin: "0 0 6px", whiteSpace: "pre-line" }}>
                {t("mail.digest.comment", {
                  author: c.authorName,
                  at: format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  body: clip(c.body, COMMENT_EXCERPT),
                })}
              </Text>
            ))}
          </Section>
        );
      })}
      {total > items.length ? (
        <Paragraph muted>{t("mail.digest.more", { count: total - items.length })}</Paragraph>
      ) : null}
    </MailLayout>
  );
  return { subject: t("mail.digest.subject", { count: total }), element, brand: null, oneClickUrl };
};
