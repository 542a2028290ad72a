import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BarChart, LineChart } from "@/components/charts/charts";
import { dashOf, type PointTitle, type Series } from "@/components/charts/frame";
import { TREND_GROUPS, type TrendGroup } from "@/components/reports/trend-groups";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { percentDomain } from "@/lib/charts/scale";
import type { Locale } from "@/lib/i18n/catalog";
import { formatPeriod, formatPeriodShort } from "@/lib/reports/format";
import type { Formatter } from "@/lib/reports/metrics";
import { seriesHasData, TRENDS, type TrendChart, type TrendKey, type TrendPoint } from "@/lib/reports/trends";

/**
 * The main metrics over the last published months (at most 12). Gaps are
 * months with no data — never drawn as zero. Each chart has its figures as a
 * table underneath (for screen readers and for anyone who prefers numbers),
 * rendered on the server, as are the drawings (SVG, components/charts/): no
 * chart code runs in the browser. In `locale` (a review's report language may
 * differ from the reader's, report-view.tsx).
 */

/** One colour per series (contrast ≥ 4.5:1 on white); series sharing a chart differ. */
const COLORS: Record<TrendKey, string> = {
  incidentsOpened: "#4338ca",
  incidentsResolved: "#047857",
  majorIncidents: "#b91c1c",
  mttrHours: "#0369a1",
  availabilityPct: "#047857",
  patchCompliancePct: "#4338ca",
  backupSuccessPct: "#b45309",
  tickets: "#475569",
};
export async function TrendCharts({ points, locale }: { points: TrendPoint[]; locale: Locale }) {
  const [t, tm, tc, format] = await Promise.all([
    getTranslations({ locale, namespace: "reports.trend" }),
    getTranslations({ locale, namespace: "reports.trendSeries" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
  ]);
  const range = points.length
    ? { from: formatPeriod(format, points[0]!.period), to: formatPeriod(format, points[points.length - 1]!.period) }
    : null;
  const series = Object.fromEntries(Object.keys(TRENDS).map((k) => [k, tm(k as TrendKey)])) as Record<TrendKey, string>;
  const text: TrendText = {
    title: t("title"),
    description: range ? t("description", { count: points.length, ...range }) : undefined,
    chart: (id) => t(`chart.${id}`),
    chartLabel: (group) =>
      t("chartLabel", {
        chart: t(`chart.${group.id}`),
        kind: group.kind === "bar" ? "bar" : "line",
        series: format.list(group.keys.map((k) => series[k])),
        count: points.length,
        from: range?.from ?? "",
        to: range?.to ?? "",
      }),
    noDataChart: t("noDataChart"),
    showTable: t("showTable"),
    month: t("month"),
    series,
    noData: tc("noData"),
    pointTitle: (p) => tc("chartPoint", p),
  };
  return <TrendChartsView points={points} text={text} format={format} />;
}

/** The translated text of the trend charts (TrendCharts builds it in the report's language). */
export type TrendText = {
  title: string;
  description: string | undefined;
  chart: (id: TrendChart) => string;
  chartLabel: (group: TrendGroup) => string;
  noDataChart: string;
  showTable: string;
  month: string;
  series: Record<TrendKey, string>;
  noData: string;
  pointTitle: PointTitle;
};

/** The trend charts from their data and text: a plain component (unit-tested with renderToStaticMarkup). */
export function TrendChartsView({
  points,
  text,
  format,
}: {
  points: TrendPoint[];
  text: TrendText;
  format: Formatter;
}) {
  const value = (key: TrendKey, v: number | null) => {
    if (v === null) return text.noData;
    if (TRENDS[key].kind === "percent") return format.number(v / 100, { style: "percent", maximumFractionDigits: 2 });
    return format.number(v, { maximumFractionDigits: 1 });
  };

  return (
    <Card>
      <CardHeader title={text.title} description={text.description} />
      <CardBody className="grid gap-6 lg:grid-cols-3">
        {TREND_GROUPS.map((group) => {
          const keys = group.keys as readonly TrendKey[];
          const has = keys.some((k) => seriesHasData(points, k));
          return (
            <figure key={group.id} className="min-w-0" data-testid={`trend-${group.id}`}>
              <figcaption className="mb-2 text-sm font-semibold text-slate-900">{text.chart(group.id)}</figcaption>
              {has ? (
                <div data-testid="trend-chart">
                  <TrendPlot points={points} group={group} text={text} format={format} />
                </div>
              ) : (
                <p className="flex h-56 items-center justify-center rounded-md border border-dashed border-slate-300 text-sm italic text-slate-600">
                  {text.noDataChart}
                </p>
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-700 hover:underline">{text.showTable}</summary>
                <DataTable
                  caption={text.chart(group.id)}
                  points={points}
                  keys={keys}
                  header={text.month}
                  label={(k) => text.series[k]}
                  cell={value}
                  period={(p) => formatPeriod(format, p)}
                />
              </details>
            </figure>
          );
        })}
      </CardBody>
    </Card>
  );
}

/** One trend chart: bars (counts) or lines with gaps (hours, percentages on a 0–100 scale). */
function TrendPlot({
  points,
  group,
  text,
  format,
}: {
  points: TrendPoint[];
  group: TrendGroup;
  text: TrendText;
  format: Formatter;
}) {
  const keys = group.keys as readonly TrendKey[];
  const series: Series[] = keys.map((k, i) => ({
    key: k,
    label: text.series[k],
    color: COLORS[k],
    values: points.map((p) => p[k]),
    dash: group.kind === "bar" ? undefined : dashOf(i),
  }));
  // A percent chart draws percentages only (TRENDS in lib/reports/trends.ts).
  const formatValue = (v: number) =>
    group.kind === "percent"
      ? format.number(v / 100, { style: "percent", maximumFractionDigits: 2 })
      : format.number(v, { maximumFractionDigits: 1 });
  const common = {
    label: text.chartLabel(group),
    categories: points.map((p) => formatPeriodShort(format, p.period)),
    categoryTitles: points.map((p) => formatPeriod(format, p.period)),
    series,
    formatValue,
    formatTick: (v: number) => format.number(v, { maximumFractionDigits: 1 }),
    pointTitle: text.pointTitle,
    width: 320,
    height: 224,
    minWidth: 256,
    margin: { left: 36, right: 20 },
    testId: `trend-plot-${group.id}`,
  };
  if (group.kind === "bar") return <BarChart {...common} integers />;
  return (
    <LineChart
      {...common}
      markers
      domain={group.kind === "percent" ? percentDomain(series.flatMap((s) => s.values)) : undefined}
    />
  );
}

function DataTable({
  caption,
  points,
  keys,
  header,
  label,
  cell,
  period,
}: {
  caption: string;
  points: TrendPoint[];
  keys: readonly TrendKey[];
  header: string;
  label: (k: TrendKey) => string;
  cell: (k: TrendKey, v: number | null) => ReactNode;
  period: (p: string) => string;
}) {
  return (
    <table className="mt-2 w-full text-left text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-2 font-semibold">
            {header}
          </th>
          {keys.map((k) => (
            <th key={k} scope="col" className="py-1 pr-2 text-right font-semibold">
              {label(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.period} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-2 font-normal">
              {period(p.period)}
            </th>
            {keys.map((k) => (
              <td key={k} className="py-1 pr-2 text-right tabular-nums">
                {cell(k, p[k])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
