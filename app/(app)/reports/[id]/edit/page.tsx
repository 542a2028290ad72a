import { withItemIds } from "@/lib/reports/item-id";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReportEditor } from "@/components/reports/report-editor";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { proposeReportMetricsFromLog } from "@/lib/domain/interventions/propose-report-metrics";
import { getReportForEdit } from "@/lib/domain/reports/get-report";
import { formatPeriod } from "@/lib/reports/format";
import { currentPeriod, quarterOptions } from "@/lib/reports/period";
import { isoDayOf } from "@/lib/validation/dates";
import { id as idField } from "@/lib/validation/fields";

export async function generateMetadata() {
  const t = await getTranslations("reports.editor");
  return { title: t("title") };
}

export default async function EditReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("report.update");
  const { id } = await params;
  if (!idField().safeParse(id).success) notFound();
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  // One transaction: the report, then (unless it is published) what the intervention log proposes for it.
  const { report, logProposal } = await orNotFound(
    scoped(actor, async (tx) => {
      const report = await getReportForEdit(tx, actor, id);
      const logProposal =
        report.status === "PUBLISHED"
          ? null
          : await proposeReportMetricsFromLog(
              tx,
              actor,
              { organizationId: report.organization.id, period: report.period },
              {},
            );
      return { report, logProposal };
    }),
  );
  const month = formatPeriod(format, report.period);
  const quarters = quarterOptions(
    report.period,
    report.content.roadmap.map((r) => r.targetQuarter),
  );
  const year = report.period.slice(0, 4);
  const defaultQuarter = `${year}-Q${Math.floor((Number(report.period.slice(5, 7)) - 1) / 3) + 1}`;
  return (
    <ClientMessages
      namespaces={[
        "reports.editor",
        "reports.view",
        "reports.narrative",
        "reports.metrics",
        "reports.budget",
        "reports.quarter",
        "reports.roadmap",
        "reports.priority",
        "reports.roadmapStatus",
        "reports.budgetKind",
        "reports.import",
        "imports",
      ]}
    >
      <PageHeader
        eyebrow={
          <Link href={`/reports?period=${report.period}`} className="hover:underline">
            {t("title")}
          </Link>
        }
        title={t("editor.heading", { organization: report.organization.name, month })}
        description={
          <span className="inline-flex items-center gap-2">
            <ReportStatusBadge status={report.status} />
            {report.period > currentPeriod() ? t("editor.futureMonth") : null}
          </span>
        }
        actions={<ButtonLink href={`/reports/${report.id}`}>{t("editor.preview")}</ButtonLink>}
      />
      {report.status === "PUBLISHED" ? (
        <Notice tone="info" testId="published-readonly">
          {t("editor.publishedReadonly")}{" "}
          <Link href={`/reports/${report.id}`} className="font-medium underline">
            {t("editor.goToReport")}
          </Link>
        </Notice>
      ) : (
        <>
          {report.status === "WITHDRAWN" && report.withdrawnReason ? (
            <Notice tone="warning" className="mb-6">
              {t("page.withdrawnReason", { reason: report.withdrawnReason })}
            </Notice>
          ) : null}
          <ReportEditor
            report={{ id: report.id, version: report.version, period: report.period }}
            today={isoDayOf(new Date())}
            content={{
              ...report.content,
              // An item stored before ids existed gets one now, kept by the editor for every save.
              recommendations: withItemIds(report.content.recommendations),
              roadmap: withItemIds(report.content.roadmap),
            }}
            quarters={quarters}
            defaultQuarter={defaultQuarter}
            currency={actor.currency}
            logProposal={logProposal}
          />
        </>
      )}
    </ClientMessages>
  );
}
