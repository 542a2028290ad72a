"use client";

import { useFormatter, useTranslations } from "next-intl";
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
import type { TrendGroup } from "@/components/reports/trend-groups";
import { formatPeriod, formatPeriodShort } from "@/lib/reports/format";
import type { TrendKey, TrendPoint } from "@/lib/reports/trends";

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

/** The drawing of one trend chart (recharts), loaded only when it comes into view (trend-charts.tsx). */
export function TrendPlot({ points, group }: { points: TrendPoint[]; group: TrendGroup }) {
  const tm = useTranslations("reports.trendSeries");
  const tc = useTranslations("common");
  const format = useFormatter();
  const keys = group.keys as readonly TrendKey[];
  const tick = (period: string) => formatPeriodShort(format, period);
  const value = (key: TrendKey, v: number | null) => {
    if (v === null) return tc("noData");
    // A percent chart draws percentages only (TRENDS in lib/reports/trends.ts).
    if (group.kind === "percent") return format.number(v / 100, { style: "percent", maximumFractionDigits: 2 });
    return format.number(v, { maximumFractionDigits: 1 });
  };
  const tooltip = (v: unknown, name: unknown) => {
    const key = keys.find((k) => tm(k) === name) ?? "tickets";
    return [value(key, typeof v === "number" ? v : null), String(name)] as [string, string];
  };
  return (
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
            domain={group.kind === "percent" ? [(min: number) => Math.max(0, Math.floor(min - 1)), 100] : [0, "auto"]}
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
  );
}
