import { getFormatter, getTranslations } from "next-intl/server";
import { NoData } from "@/components/reports/no-data";
import type { Locale } from "@/lib/i18n/catalog";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { METRIC_KEYS, METRICS, type ReportMetrics } from "@/lib/reports/content";
import { backupSuccessPct, dayToDate, formatMetric, metricProvenance, ticketCategories } from "@/lib/reports/metrics";

/** The month's service metrics as cards; each shows its source and as-of date, or "No data". */
export async function MetricCards({ metrics, locale }: { metrics: ReportMetrics; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "reports" }), getFormatter({ locale })]);
  const rate = backupSuccessPct(metrics);
  const categories = ticketCategories(metrics);
  const maxCount = Math.max(1, ...(categories ?? []).map((c) => c.count ?? 0));
  return (
    <Card>
      <CardHeader title={t("view.metricsTitle")} description={t("view.metricsDescription")} />
      <CardBody>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="metric-cards">
          {METRIC_KEYS.filter((k) => METRICS[k].kind !== "categories").map((key) => {
            const value = formatMetric(format, metrics, key);
            const { source, asOf } = metricProvenance(metrics, key);
            return (
              <div key={key} className="rounded-md border border-slate-200 p-4" data-metric={key}>
                <dt className="text-sm text-slate-600">{t(`metrics.${key}`)}</dt>
                <dd className="mt-1 text-2xl font-semibold text-slate-900" data-testid={`metric-${key}`}>
                  {value === null ? (
                    <NoData locale={locale} />
                  ) : METRICS[key].kind === "hours" ? (
                    t("view.hours", { value })
                  ) : (
                    value
                  )}
                </dd>
                {key === "backupJobsSucceeded" && rate !== null ? (
                  <dd className="text-sm text-slate-700">
                    {t("view.backupRate", {
                      rate: format.number(rate / 100, { style: "percent", maximumFractionDigits: 1 }),
                    })}
                  </dd>
                ) : null}
                <Provenance source={source} asOf={asOf} locale={locale} />
              </div>
            );
          })}
        </dl>
        <div className="mt-6" data-metric="ticketsByCategory">
          <h3 className="text-sm font-semibold text-slate-900">{t("metrics.ticketsByCategory")}</h3>
          {categories ? (
            <ul className="mt-2 space-y-2" data-testid="ticket-categories">
              {categories.map((c) => (
                <li
                  key={c.category}
                  className="grid grid-cols-[minmax(8rem,14rem)_1fr_auto] items-center gap-3 text-sm"
                >
                  <span className="truncate text-slate-800">{c.category}</span>
                  <span aria-hidden="true" className="h-2.5 rounded bg-slate-100">
                    {c.count !== null ? (
                      <span
                        className="block h-2.5 rounded bg-brand-600"
                        style={{ width: `${(c.count / maxCount) * 100}%` }}
                      />
                    ) : null}
                  </span>
                  <span className="min-w-10 text-right font-medium tabular-nums">
                    {c.count === null ? <NoData locale={locale} /> : format.number(c.count)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">
              <NoData locale={locale} />
            </p>
          )}
          <Provenance as="p" locale={locale} {...metricProvenance(metrics, "ticketsByCategory")} />
        </div>
      </CardBody>
    </Card>
  );
}

async function Provenance({
  source,
  asOf,
  locale,
  as: Tag = "dd",
}: {
  source: string | null;
  asOf: string | null;
  locale: Locale;
  as?: "dd" | "p";
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "reports.view" }),
    getFormatter({ locale }),
  ]);
  if (!source && !asOf) return null;
  const date = asOf ? format.dateTime(dayToDate(asOf), { dateStyle: "medium" }) : null;
  return (
    <Tag className="mt-2 text-xs text-slate-600">
      {source && date
        ? t("sourceAsOf", { source, date })
        : source
          ? t("source", { source })
          : t("asOf", { date: date ?? "" })}
    </Tag>
  );
}
