"use client";

import { useFormatter, useTranslations } from "next-intl";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { MODEL_COLORS } from "@/components/ui/badge";
import type { StoredCosts } from "@/lib/domain/assessments/stored-result";

const MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const;

/** The drawing of CostChart (recharts), loaded only when the chart comes into view (cost-plot-deferred.tsx). */
export function CostPlot({ costs, currency }: { costs: StoredCosts; currency: string }) {
  const t = useTranslations("assessments.result.costs");
  const tc = useTranslations("common");
  const format = useFormatter();
  const data = Array.from({ length: costs.horizonMonths }, (_, i) => ({
    month: i + 1,
    BREAK_FIX: costs.BREAK_FIX.cumulative[i] ?? null,
    HYBRID: costs.HYBRID.cumulative[i] ?? null,
    MANAGED: costs.MANAGED.cumulative[i] ?? null,
  }));
  const money = (v: number) =>
    format.number(v, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });
  return (
    <ResponsiveContainer width="100%" height="100%" minWidth={280} initialDimension={{ width: 800, height: 288 }}>
      <LineChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          dataKey="month"
          minTickGap={12}
          tick={{ fontSize: 12, fill: "#475569" }}
          label={{ value: t("month"), position: "insideBottomRight", offset: -4, fontSize: 12, fill: "#475569" }}
        />
        <YAxis tickFormatter={money} width={72} tick={{ fontSize: 12, fill: "#475569" }} />
        <Tooltip
          formatter={(value, name) => [
            format.number(Number(value), { style: "currency", currency }),
            tc(`serviceModel.${name as (typeof MODELS)[number]}`),
          ]}
          labelFormatter={(month) => t("monthN", { month: Number(month) })}
        />
        <Legend formatter={(name) => tc(`serviceModel.${name as (typeof MODELS)[number]}`)} />
        {MODELS.map((m) => (
          <Line
            key={m}
            type="monotone"
            dataKey={m}
            stroke={MODEL_COLORS[m]}
            strokeWidth={m === costs.breakEvenAgainst ? 3 : 2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {costs.breakEvenMonth !== null ? (
          <ReferenceLine
            x={costs.breakEvenMonth}
            stroke="#334155"
            strokeDasharray="4 4"
            label={{
              value: t("breakEvenMarker", { month: costs.breakEvenMonth }),
              position: "insideTopLeft",
              fontSize: 12,
              fill: "#334155",
            }}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
