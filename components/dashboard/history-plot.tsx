"use client";

import { useFormatter, useTranslations } from "next-intl";
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { MODEL_COLORS } from "@/components/ui/badge";
import { monthDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

/** The drawing of HistoryChart (recharts), loaded only when the chart comes into view. */
export function HistoryPlot({
  history,
  band,
}: {
  history: DashboardData["history"];
  band: { x1: string; x2: string } | null;
}) {
  const t = useTranslations("dashboard.history");
  const tc = useTranslations("common");
  const format = useFormatter();
  const label = (month: string) => format.dateTime(monthDate(month), { month: "short", year: "2-digit" });
  const longLabel = (month: string) => format.dateTime(monthDate(month), { month: "long", year: "numeric" });
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 720, height: 300 }}>
      <AreaChart data={history} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          dataKey="month"
          tickFormatter={label}
          tick={{ fontSize: 12, fill: "#475569" }}
          interval="preserveStartEnd"
          minTickGap={16}
        />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} width={40} />
        {band ? (
          <ReferenceArea
            x1={band.x1}
            x2={band.x2}
            fill="#64748b"
            fillOpacity={0.08}
            stroke="#94a3b8"
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
            label={{ value: t("periodBand"), position: "insideTopLeft", fontSize: 11, fill: "#475569" }}
          />
        ) : null}
        <Tooltip
          labelFormatter={(value) => longLabel(String(value))}
          formatter={(value, name) => [
            format.number(Number(value)),
            tc(`serviceModel.${String(name) as (typeof MODELS)[number]}`),
          ]}
        />
        <Legend formatter={(value) => tc(`serviceModel.${String(value) as (typeof MODELS)[number]}`)} />
        {MODELS.map((model) => (
          <Area
            key={model}
            type="linear"
            dataKey={model}
            name={model}
            stackId="clients"
            stroke={MODEL_COLORS[model]}
            fill={MODEL_COLORS[model]}
            fillOpacity={0.55}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
