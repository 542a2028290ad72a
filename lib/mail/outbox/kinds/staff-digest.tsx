import type { ReactNode } from "react";
import { Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { formatter, translator } from "@/lib/i18n/translate";
import { clientCommentsBetween, type ClientComment } from "@/lib/mail/outbox/client-activity";
import { clientDecisionsBetween, type DigestItemDecision } from "@/lib/mail/outbox/client-decisions";
import type { Composer } from "@/lib/mail/outbox/compose";
import { mailFooter } from "@/lib/mail/outbox/footer";
import { clip } from "@/lib/mail/outbox/kinds/report-published";
import { MailLayout, Paragraph } from "@/lib/mail/templates/layout";
import { formatPeriod } from "@/lib/reports/format";

const dataSchema = z.object({ since: z.iso.datetime(), until: z.iso.datetime() });

/** A comment's words in the digest: enough to know what it is about. */
const COMMENT_EXCERPT = 280;
/** An item's title in a decision line. */
const TITLE_EXCERPT = 120;

const LINK = { color: "#3730a3" };

function groupBy<T>(list: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * The daily digest to staff, in Mainstay's look: what clients did in its window (since the last
 * digest) on the organizations the recipient sees (an owner: all; an account manager: those they
 * manage) — their decisions on review items (approved, deferred to a month, declined: who, when,
 * the item, a link to the review), their decisions on proposals (a link to the proposal), and their
 * comments grouped by review. Written from what is recorded when it is sent, in the recipient's
 * language; nothing to tell means no mail.
 */
export const composeStaffDigest: Composer = async ({ tx, tenantId, mail, recipient, baseUrl }) => {
  const window = dataSchema.parse(mail.data);
  const scope = {
    tenantId,
    since: new Date(window.since),
    until: new Date(window.until),
    managerId: recipient.role === "OWNER" ? null : recipient.userId,
  };
  const [comments, decisions] = await Promise.all([
    clientCommentsBetween(tx, scope),
    clientDecisionsBetween(tx, scope),
  ]);
  if (comments.total + decisions.total === 0) return { skip: "nothing_new" };
  const t = translator(recipient.locale);
  const format = formatter(recipient.locale);
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const senderName = recipient.tenantName;
  const { footer, oneClickUrl } = mailFooter({
    t,
    baseUrl,
    tenantId,
    userId: recipient.userId,
    kind: "STAFF_DIGEST",
    senderName,
    brand: null,
  });
  const since = at(scope.since);
  const counts = { decisions: decisions.total, comments: comments.total };
  const subject =
    decisions.total === 0
      ? t("mail.digest.subject", { count: comments.total })
      : t("mail.digest.subjectWithDecisions", counts);
  const heading =
    decisions.total === 0
      ? t("mail.digest.heading", { count: comments.total })
      : t("mail.digest.headingWithDecisions", counts);
  const reportTitle = (d: { organizationName: string; period: string }) =>
    t("mail.digest.report", { organization: d.organizationName, period: formatPeriod(format, d.period) });
  const decisionLine = (d: DigestItemDecision) =>
    t(`mail.digest.decision.${d.decision}`, {
      who: d.deciderName,
      kind: d.itemKind,
      title: d.title ? clip(d.title, TITLE_EXCERPT) : t("mail.digest.untitled"),
      month: d.deferredTo ? formatPeriod(format, d.deferredTo) : "",
      at: at(d.decidedAt),
    });
  const shownDecisions = decisions.items.length + decisions.proposals.length;
  const element = (
    <MailLayout
      locale={recipient.locale}
      preview={decisions.total === 0 ? t("mail.digest.preview", { count: comments.total }) : heading}
      senderName={senderName}
      brand={null}
      heading={heading}
      action={{ label: t("mail.digest.action"), href: `${baseUrl}/reports` }}
      footer={footer}
    >
      <Paragraph>{t("mail.greeting", { name: recipient.name })}</Paragraph>
      {decisions.items.length > 0 ? (
        <>
          <Paragraph>{t("mail.digest.decisionsIntro", { since })}</Paragraph>
          {groupBy(decisions.items, (d) => d.reportId).map((group) => (
            <ReviewGroup
              key={group[0]!.reportId}
              href={`${baseUrl}/reports/${group[0]!.reportId}`}
              title={reportTitle(group[0]!)}
            >
              {group.map((d) => (
                <Text key={d.decisionId} style={{ margin: "0 0 6px" }}>
                  {decisionLine(d)}
                </Text>
              ))}
            </ReviewGroup>
          ))}
        </>
      ) : null}
      {decisions.proposals.length > 0 ? (
        <Section style={{ margin: "0 0 16px" }}>
          <Paragraph>{t("mail.digest.proposalsIntro")}</Paragraph>
          {decisions.proposals.map((p) => (
            <Text key={p.decisionId} style={{ margin: "0 0 6px" }}>
              {t(`mail.digest.proposal.${p.decision}`, {
                who: p.deciderName,
                model: p.model ? t(`common.serviceModel.${p.model}`) : t("mail.digest.proposalModelUnknown"),
                organization: p.organizationName,
                at: at(p.decidedAt),
              })}{" "}
              <Link href={`${baseUrl}/organizations/${p.organizationId}/proposals/${p.proposalId}`} style={LINK}>
                {t("mail.digest.openProposal")}
              </Link>
            </Text>
          ))}
        </Section>
      ) : null}
      {decisions.total > shownDecisions ? (
        <Paragraph muted>{t("mail.digest.moreDecisions", { count: decisions.total - shownDecisions })}</Paragraph>
      ) : null}
      {comments.items.length > 0 ? (
        <Paragraph>{t("mail.digest.intro", { count: comments.total, since })}</Paragraph>
      ) : null}
      {groupBy<ClientComment>(comments.items, (c) => c.reportId).map((group) => (
        <ReviewGroup
          key={group[0]!.reportId}
          href={`${baseUrl}/reports/${group[0]!.reportId}`}
          title={reportTitle(group[0]!)}
        >
          {group.map((c) => (
            <Text key={c.commentId} style={{ margin: "0 0 6px", whiteSpace: "pre-line" }}>
              {t("mail.digest.comment", {
                author: c.authorName,
                at: at(c.createdAt),
                body: clip(c.body, COMMENT_EXCERPT),
              })}
            </Text>
          ))}
        </ReviewGroup>
      ))}
      {comments.total > comments.items.length ? (
        <Paragraph muted>{t("mail.digest.more", { count: comments.total - comments.items.length })}</Paragraph>
      ) : null}
    </MailLayout>
  );
  return { subject, element, brand: null, oneClickUrl };
};

/** One review's lines in the digest (decisions or comments), under the review's title linked to it. */
function ReviewGroup({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "0 0 16px" }}>
      <Text style={{ margin: "0 0 4px", fontWeight: "bold" }}>
        <Link href={href} style={LINK}>
          {title}
        </Link>
      </Text>
      {children}
    </Section>
  );
}
