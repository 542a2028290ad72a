import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CommentForm } from "@/components/reports/comment-form";
import { DecisionsCard } from "@/components/decisions/decisions-card";
import { listReportDecisions } from "@/lib/domain/decisions/list-report-decisions";
import { CommentThread } from "@/components/reports/comment-thread";
import { PublishPanel } from "@/components/reports/publish-panel";
import { ReportView } from "@/components/reports/report-view";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { WithdrawForm } from "@/components/reports/withdraw-form";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getReport } from "@/lib/domain/reports/get-report";
import { getReportActivity } from "@/lib/domain/reports/get-report-activity";
import { markReportRead } from "@/lib/domain/reports/mark-report-read";
import { formatPeriod } from "@/lib/reports/format";
import { metricsWithoutData } from "@/lib/reports/metrics";
import { isPeriod } from "@/lib/reports/period";
import { id as idField } from "@/lib/validation/fields";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

/** The MSP's view of one report: workflow (publish / withdraw), the client's feedback, and the report as the client sees it. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("report.read");
  const { id } = await params;
  if (!idField().safeParse(id).success) notFound();
  const [t, tc, format, readerLocale] = await Promise.all([
    getTranslations("reports"),
    getTranslations("common"),
    getFormatter(),
    requestLocale(),
  ]);
  const { report, activity, decisions } = await orNotFound(
    scoped(actor, async (tx) => {
      const report = await getReport(tx, actor, id);
      const activity = await getReportActivity(tx, actor, id);
      const decisions = await listReportDecisions(tx, actor, report.readable);
      // Opened: the client's "New" badge clears; staff's new client comments on it are seen.
      await markReportRead(tx, actor, report.readable);
      return { report, activity, decisions };
    }),
  );
  const month = isPeriod(report.period) ? formatPeriod(format, report.period) : report.period;
  const editable = report.status !== "PUBLISHED";
  const missing = metricsWithoutData(report.content.metrics).map((k) => t(`metrics.${k}`));
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <ClientMessages namespaces={["reports.workflow", "reports.trend", "reports.trendSeries", "reports.comments"]}>
      <PageHeader
        eyebrow={
          <Link href={`/reports?period=${report.period}`} className="hover:underline">
            {t("title")}
          </Link>
        }
        title={t("page.title", { organization: report.organization.name, month })}
        description={t("page.preparedBy", { msp: report.mspName })}
        actions={
          <>
            {editable ? (
              <ButtonLink href={`/reports/${report.id}/edit`} data-testid="edit-report">
                {tc("edit")}
              </ButtonLink>
            ) : null}
            <a
              href={`/api/reports/${report.id}/pdf`}
              className={buttonClass("secondary")}
              data-testid="download-pdf"
              download
            >
              {t("page.downloadPdf")}
            </a>
          </>
        }
      />

      <Card className="mb-6">
        <CardBody className="space-y-3">
          <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <ReportStatusBadge status={report.status} />
            <span data-testid="status-line">
              {report.status === "PUBLISHED"
                ? t("page.publishedLine", {
                    date: date(report.publishedAt ?? report.updatedAt),
                    name: report.publishedByName ?? t("page.someone"),
                  })
                : report.status === "WITHDRAWN"
                  ? t("page.withdrawnLine", { date: date(report.withdrawnAt ?? report.updatedAt) })
                  : t("page.draftLine", { date: date(report.updatedAt), name: report.authorName ?? t("page.someone") })}
            </span>
            {report.status === "PUBLISHED" ? (
              <span className="text-slate-600" data-testid="ack-summary">
                {t("page.ackSummary", { count: activity.acknowledgements.length })}
              </span>
            ) : null}
          </div>
          {report.status === "WITHDRAWN" && report.withdrawnReason ? (
            <Notice tone="warning" testId="withdrawn-reason">
              {t("page.withdrawnReason", { reason: report.withdrawnReason })}
            </Notice>
          ) : null}
          {report.status !== "PUBLISHED" ? <p className="text-sm text-slate-600">{t("page.previewNote")}</p> : null}
          <div className="flex flex-wrap gap-2">
            {report.status === "PUBLISHED" ? (
              <WithdrawForm id={report.id} version={report.version} />
            ) : (
              <PublishPanel
                id={report.id}
                version={report.version}
                missingMetrics={missing}
                republish={report.status === "WITHDRAWN"}
              />
            )}
          </div>
        </CardBody>
      </Card>

      <ReportView
        content={report.content}
        trend={report.trend}
        currency={actor.currency}
        locale={report.organization.reportLocale ?? readerLocale}
        posture={report.posture}
        postureLive={report.status !== "PUBLISHED"}
      />

      {report.status === "PUBLISHED" || decisions.some((d) => d.current) ? (
        <DecisionsCard
          items={decisions}
          reportId={report.id}
          mode="staff"
          organizationName={report.organization.name}
          signerName=""
          months={[]}
        />
      ) : null}

      <Card className="mt-6">
        <CardHeader
          title={t("page.feedbackTitle")}
          description={t("page.feedbackDescription", { organization: report.organization.name })}
          id="feedback"
        />
        <CardBody className="grid gap-6 lg:grid-cols-3">
          <section aria-labelledby="acks-title">
            <h3 id="acks-title" className="text-sm font-semibold text-slate-900">
              {t("page.acknowledgements")}
            </h3>
            {activity.acknowledgements.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">{t("page.noAcknowledgements")}</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm" data-testid="acknowledgements">
                {activity.acknowledgements.map((a) => (
                  <li key={a.userId}>
                    {t("page.acknowledgedBy", { name: a.name ?? t("page.someone"), date: date(a.acknowledgedAt) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="comments-title" className="lg:col-span-2">
            <h3 id="comments-title" className="mb-2 text-sm font-semibold text-slate-900">
              {t("comments.title")}
            </h3>
            <CommentThread
              comments={activity.comments}
              truncated={activity.truncated}
              organizationName={report.organization.name}
              mspName={report.mspName}
            />
            <div className="mt-4">
              {report.status === "PUBLISHED" ? (
                <CommentForm reportId={report.id} />
              ) : (
                <p className="text-sm text-slate-600">{t("comments.onlyPublished")}</p>
              )}
            </div>
          </section>
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
