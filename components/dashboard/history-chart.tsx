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
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { monthDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

/** Stacked areas of the clients on each model at the end of each month, with the selected period shaded. */
export function HistoryChart({
  history,
  period,
}: {
  history: DashboardData["history"];
  period: DashboardData["period"];
}) {
  const t = useTranslations("dashboard.history");
  const tc = useTranslations("common");
  const format = useFormatter();
  const label = (month: string) => format.dateTime(monthDate(month), { month: "short", year: "2-digit" });
  const longLabel = (month: string) => format.dateTime(monthDate(month), { month: "long", year: "numeric" });
  const empty = history.every((row) => MODELS.every((m) => row[m] === 0));
  const first = history[0]?.month;
  const last = history[history.length - 1]?.month;
  const band =
    first && last && period.toMonth >= first && period.fromMonth <= last
      ? { x1: period.fromMonth < first ? first : period.fromMonth, x2: period.toMonth > last ? last : period.toMonth }
      : null;

  return (
    <Card className="lg:col-span-2">
      <CardHeader title={t("title")} description={t("description")} id="history-title" />
      <CardBody>
        {empty ? (
          <EmptyState title={t("title")} description={t("empty")} />
        ) : (
          <>
            <figure aria-labelledby="history-title" data-testid="history-chart">
              <div role="img" aria-label={t("chartLabel")}>
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
              </div>
            </figure>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-brand-700 hover:underline">{t("showTable")}</summary>
              <Table data-testid="history-table" className="mt-2">
                <thead>
                  <tr>
                    <Th>{t("month")}</Th>
                    {MODELS.map((m) => (
                      <Th key={m} className="text-right">
                        {tc(`serviceModel.${m}`)}
                      </Th>
                    ))}
                    <Th className="text-right">{t("total")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((row) => (
                    <Tr key={row.month}>
                      <Td>{longLabel(row.month)}</Td>
                      {MODELS.map((m) => (
                        <Td key={m} className="text-right tabular-nums">
                          {format.number(row[m])}
                        </Td>
                      ))}
                      <Td className="text-right tabular-nums">
                        {format.number(row.BREAK_FIX + row.HYBRID + row.MANAGED)}
                      </Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            </details>
          </>
        )}
      </CardBody>
    </Card>
  );
}
