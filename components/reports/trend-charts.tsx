"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatPeriod, formatPeriodShort } from "@/lib/reports/format";
import { seriesHasData, trendsOf, type TrendChart, type TrendKey, type TrendPoint } from "@/lib/reports/trends";

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

/** How each chart draws its series (which series: TRENDS in lib/reports/trends.ts). */
const GROUPS = (
  [
    { id: "incidents", kind: "bar" },
    { id: "mttr", kind: "line" },
    { id: "levels", kind: "percent" },
  ] as const satisfies readonly { id: TrendChart; kind: string }[]
).map((g) => ({ ...g, keys: trendsOf(g.id) }));

/**
 * The main metrics over the last published months (at most 12). Gaps are
 * months with no data — never drawn as zero. Each chart has its figures as a
 * table underneath (for screen readers and for anyone who prefers numbers).
 */
export function TrendCharts({ points }: { points: TrendPoint[] }) {
  const t = useTranslations("reports.trend");
  const tm = useTranslations("reports.trendSeries");
  const format = useFormatter();
  const tick = (period: string) => formatPeriodShort(format, period);
  const value = (key: TrendKey, v: number | null) => {
    if (v === null) return t("noData");
    if (key === "availabilityPct" || key === "patchCompliancePct" || key === "backupSuccessPct") {
      return format.number(v / 100, { style: "percent", maximumFractionDigits: 2 });
    }
    return format.number(v, { maximumFractionDigits: 1 });
  };
  const tooltip = (v: unknown, name: unknown) => {
    const key = (GROUPS.flatMap((g) => g.keys) as TrendKey[]).find((k) => tm(k) === name) ?? "tickets";
    return [value(key, typeof v === "number" ? v : null), String(name)] as [string, string];
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
        {GROUPS.map((group) => {
          const keys = group.keys as readonly TrendKey[];
          const has = keys.some((k) => seriesHasData(points, k));
          return (
            <figure key={group.id} className="min-w-0" data-testid={`trend-${group.id}`}>
              <figcaption className="mb-2 text-sm font-semibold text-slate-900">{t(`chart.${group.id}`)}</figcaption>
              {has ? (
                <div className="h-56" data-testid="trend-chart">
                  <ResponsiveContainer width="100%" height="100%">
                    {group.kind === "bar" ? (
                      <BarChart data={points} margin={{ top: 4, right: 4, bottom: 0, left: -20 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="period" tickFormatter={tick} tick={{ fontSize: 11 }} />
                        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                        <Tooltip labelFormatter={(l) => formatPeriod(format, String(l))} formatter={tooltip} />
                        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                        {keys.map((k) => (
                          <Bar key={k} dataKey={k} name={tm(k)} fill={COLORS[k]} isAnimationActive={false} />
                        ))}
                      </BarChart>
                    ) : (
                      <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -20 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="period" tickFormatter={tick} tick={{ fontSize: 11 }} />
                        <YAxis
                          tick={{ fontSize: 11 }}
                          domain={
                            group.kind === "percent"
                              ? [(min: number) => Math.max(0, Math.floor(min - 1)), 100]
                              : [0, "auto"]
                          }
                          allowDataOverflow={false}
                        />
                        <Tooltip labelFormatter={(l) => formatPeriod(format, String(l))} formatter={tooltip} />
                        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                        {keys.map((k) => (
                          <Line
                            key={k}
                            type="monotone"
                            dataKey={k}
                            name={tm(k)}
                            stroke={COLORS[k]}
                            strokeWidth={2}
                            dot={{ r: 3 }}
                            connectNulls={false}
                            isAnimationActive={false}
                          />
                        ))}
                      </LineChart>
                    )}
                  </ResponsiveContainer>
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
