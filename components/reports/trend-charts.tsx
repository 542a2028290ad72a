import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DeferredTrendPlot } from "@/components/reports/trend-plot-deferred";
import { TREND_GROUPS } from "@/components/reports/trend-groups";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatPeriod } from "@/lib/reports/format";
import { seriesHasData, TRENDS, type TrendKey, type TrendPoint } from "@/lib/reports/trends";

/**
 * The main metrics over the last published months (at most 12). Gaps are
 * months with no data — never drawn as zero. Each chart has its figures as a
 * table underneath (for screen readers and for anyone who prefers numbers),
 * rendered on the server; the drawings (recharts, trend-plot.tsx) load when
 * they come into view.
 */
export function TrendCharts({ points }: { points: TrendPoint[] }) {
  const t = useTranslations("reports.trend");
  const tm = useTranslations("reports.trendSeries");
  const tc = useTranslations("common");
  const format = useFormatter();
  const value = (key: TrendKey, v: number | null) => {
    if (v === null) return tc("noData");
    if (TRENDS[key].kind === "percent") return format.number(v / 100, { style: "percent", maximumFractionDigits: 2 });
    return format.number(v, { maximumFractionDigits: 1 });
  };

  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={
          points.length
            ? t("description", {
                count: points.length,
                from: formatPeriod(format, points[0]!.period),
                to: formatPeriod(format, points[points.length - 1]!.period),
              })
            : undefined
        }
      />
      <CardBody className="grid gap-6 lg:grid-cols-3">
        {TREND_GROUPS.map((group) => {
          const keys = group.keys as readonly TrendKey[];
          const has = keys.some((k) => seriesHasData(points, k));
          return (
            <figure key={group.id} className="min-w-0" data-testid={`trend-${group.id}`}>
              <figcaption className="mb-2 text-sm font-semibold text-slate-900">{t(`chart.${group.id}`)}</figcaption>
              {has ? (
                <div className="h-56" data-testid="trend-chart">
                  <DeferredTrendPlot points={points} group={group} />
                </div>
              ) : (
                <p className="flex h-56 items-center justify-center rounded-md border border-dashed border-slate-300 text-sm italic text-slate-600">
                  {t("noDataChart")}
                </p>
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-700 hover:underline">{t("showTable")}</summary>
                <DataTable
                  caption={t(`chart.${group.id}`)}
                  points={points}
                  keys={keys}
                  header={t("month")}
                  label={(k) => tm(k)}
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
