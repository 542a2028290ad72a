"use client";

import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "next-intl";
import { ChartPlaceholder, WhenVisible } from "@/components/charts/when-visible";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { monthDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

const HistoryPlot = dynamic(() => import("@/components/dashboard/history-plot").then((m) => m.HistoryPlot), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

/**
 * Stacked areas of the clients on each model at the end of each month, with the selected period
 * shaded. The drawing (recharts) loads when it comes into view; the same figures are in the
 * server-rendered table below it.
 */
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
              <div role="img" aria-label={t("chartLabel")} className="h-[300px]">
                <WhenVisible className="h-full" placeholder={<ChartPlaceholder />}>
                  <HistoryPlot history={history} band={band} />
                </WhenVisible>
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
