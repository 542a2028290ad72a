import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcknowledgeButton } from "@/components/reports/acknowledge-button";
import { CommentForm } from "@/components/reports/comment-form";
import { CommentThread } from "@/components/reports/comment-thread";
import { DecisionsCard } from "@/components/decisions/decisions-card";
import { ReportView } from "@/components/reports/report-view";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getReport } from "@/lib/domain/reports/get-report";
import { getReportActivity } from "@/lib/domain/reports/get-report-activity";
import { markReportRead } from "@/lib/domain/reports/mark-report-read";
import { listReportDecisions } from "@/lib/domain/decisions/list-report-decisions";
import { readClientAccess } from "@/lib/domain/decisions/read-client-access";
import { DEFER_MAX_MONTHS } from "@/lib/domain/decisions/schemas";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { formatPeriod } from "@/lib/reports/format";
import { id as idField } from "@/lib/validation/fields";

export async function generateMetadata() {
  const t = await getTranslations("portal");
  return { title: t("title") };
}

/**
 * One service review as the client reads it. Only their organization's
 * published reports exist here: another organization's report, a draft or a
 * withdrawn one is the 404 page.
 */
export default async function PortalReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("portal.read");
  const { id } = await params;
  if (!idField().safeParse(id).success) notFound();
  const [t, tr, format, readerLocale] = await Promise.all([
    getTranslations("portal"),
    getTranslations("reports"),
    getFormatter(),
    requestLocale(),
  ]);
  const { report, activity, decisions, access } = await orNotFound(
    scoped(actor, async (tx) => {
      const report = await getReport(tx, actor, id);
      const activity = await getReportActivity(tx, actor, id);
      const decisions = await listReportDecisions(tx, actor, report.readable);
      const access = await readClientAccess(tx, actor, report.organization.id);
      // Opened: the client's "New" badge clears; staff's new client comments on it are seen.
      await markReportRead(tx, actor, report.readable);
      return { report, activity, decisions, access };
    }),
  );
  const thisMonth = currentPeriod();
  const months = Array.from({ length: DEFER_MAX_MONTHS }, (_, i) => addMonths(thisMonth, i + 1));
  const month = formatPeriod(format, report.period);
  return (
    <ClientMessages
      namespaces={["reports.trend", "reports.trendSeries", "reports.comments", "portal.report", "decisions.form"]}
    >
      <PageHeader
        eyebrow={
          <Link href="/portal" className="hover:underline">
            {t("title")}
          </Link>
        }
        title={t("report.title", { month })}
        description={t("report.subtitle", {
          organization: report.organization.name,
          msp: report.mspName,
          date: format.dateTime(report.publishedAt ?? report.updatedAt, { dateStyle: "long" }),
        })}
        actions={
          <>
            <a
              href={`/api/reports/${report.id}/pdf`}
              className={buttonClass("secondary")}
              data-testid="download-pdf"
              download
            >
              {tr("page.downloadPdf")}
            </a>
            <AcknowledgeButton reportId={report.id} acknowledgedAt={activity.mine?.toISOString() ?? null} />
          </>
        }
      />
      <ReportView
        content={report.content}
        trend={report.trend}
        currency={actor.currency}
        locale={report.organization.reportLocale ?? readerLocale}
        posture={report.posture}
      />
      <DecisionsCard
        items={decisions}
        reportId={report.id}
        mode={access === "APPROVER" ? "approver" : "reader"}
        organizationName={report.organization.name}
        signerName={actor.name}
        months={months}
      />
      <Card className="mt-6">
        <CardHeader
          title={tr("comments.title")}
          description={t("report.commentsDescription", { msp: report.mspName })}
        />
        <CardBody className="space-y-4">
          <CommentThread
            comments={activity.comments}
            truncated={activity.truncated}
            organizationName={report.organization.name}
            mspName={report.mspName}
          />
          <CommentForm reportId={report.id} />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
