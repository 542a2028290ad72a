"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CsvImport } from "@/components/import/csv-import";
import type { ProposedMetrics } from "@/components/reports/editor/metric-fields";
import { SampleTable } from "@/components/import/sample-table";
import { previewMetricsImportAction } from "@/lib/actions/reports";
import { formatNumber } from "@/lib/reports/metrics";
import { METRICS } from "@/lib/reports/content";
import { METRICS_IMPORT_FIELDS, type MetricsImportField } from "@/lib/reports/import-columns";
import { LIMITS } from "@/lib/validation/limits";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A month's metrics from a CSV file (PSA / RMM monthly summary), proposed to the report editor
 * (components/import/csv-import.tsx, lib/domain/reports/preview-metrics-import.ts): the preview
 * lists the figures of the report's month and every problem; using them fills the editor's
 * fields with the source "CSV file <name>" and the as-of date, to check and change before saving.
 */
export function ImportMetrics({ reportId, onUse }: { reportId: string; onUse: (proposal: ProposedMetrics) => void }) {
  const t = useTranslations("reports.import");
  const tAll = useTranslations();
  const format = useFormatter();
  const fieldLabel = (field: MetricsImportField) =>
    field in METRICS ? tAll(`reports.metrics.${field as keyof typeof METRICS}`) : t(`fields.${field as "period"}`);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("description")}</p>
      <CsvImport
        headingLevel={2}
        testId="metrics-import"
        heading={t("heading")}
        fields={METRICS_IMPORT_FIELDS}
        fieldLabel={fieldLabel}
        input={{ reportId }}
        preview={previewMetricsImportAction}
        commit={{
          label: () => t("use"),
          use: (p, file) => {
            if (!p.proposal) return "";
            onUse({
              metrics: p.proposal.metrics,
              source: t("source", { name: file }).slice(0, LIMITS.metricSource),
              asOf: p.proposal.asOf,
            });
            return t("used", { asOf: format.dateTime(day(p.proposal.asOf), { dateStyle: "medium", timeZone: "UTC" }) });
          },
        }}
        summary={(p) =>
          t("summary", {
            rows: p.rowCount,
            figures: p.validCount,
            other: p.proposal?.otherMonthRows ?? 0,
            unknown: p.proposal?.unknown.length ?? 0,
            month: day(`${p.period}-15`),
          })
        }
        sample={(p) =>
          p.proposal ? (
            <div className="space-y-2">
              <SampleTable
                testId="metrics-import-figures"
                rowTestId="metrics-import-figure"
                rows={p.proposal.figures}
                rowKey={(f) => `${f.row}-${f.metric}`}
                columns={[
                  {
                    label: t("metric"),
                    cell: (f) =>
                      f.category === null
                        ? tAll(`reports.metrics.${f.metric}`)
                        : t("categoryMetric", { category: f.category }),
                  },
                  {
                    label: t("value"),
                    numeric: true,
                    cell: (f) =>
                      typeof f.value === "string"
                        ? format.dateTime(day(f.value), { dateStyle: "medium", timeZone: "UTC" })
                        : formatNumber(format, METRICS[f.metric].kind, f.value),
                  },
                ]}
              />
              <p className="text-xs text-slate-600">
                {t("asOf", { asOf: format.dateTime(day(p.proposal.asOf), { dateStyle: "medium", timeZone: "UTC" }) })}
              </p>
              {p.proposal.unknown.length > 0 ? (
                <p className="text-xs text-slate-600" data-testid="metrics-import-unknown">
                  {t("unknown", { names: format.list(p.proposal.unknown.map((u) => u.name)) })}
                </p>
              ) : null}
            </div>
          ) : null
        }
      />
    </div>
  );
}
