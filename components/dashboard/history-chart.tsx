import { useFormatter, useTranslations } from "next-intl";
import { StackedAreaChart } from "@/components/charts/charts";
import { dashOf } from "@/components/charts/frame";
import { MODEL_COLORS } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { monthDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

/**
 * Stacked areas of the clients on each model at the end of each month, with the selected period
 * shaded. Drawn as SVG (components/charts/) by the page on the server for the first view; after a
 * filter change, by the dashboard in the browser from a chunk loaded then
 * (components/dashboard/portfolio-dashboard.tsx), so the first view ships no chart code. The same
 * figures are in the table below.
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
  const shortLabel = (month: string) => format.dateTime(monthDate(month), { month: "short", year: "2-digit" });
  const empty = history.every((row) => MODELS.every((m) => row[m] === 0));
  const first = history[0]?.month;
  const last = history[history.length - 1]?.month;
  const band =
    first && last && period.toMonth >= first && period.fromMonth <= last
      ? { x1: period.fromMonth < first ? first : period.fromMonth, x2: period.toMonth > last ? last : period.toMonth }
      : null;
  // The band's months are on the axis (the history has every month from first to last).
  const from = band ? history.findIndex((row) => row.month === band.x1) : -1;
  const to = band ? history.findIndex((row) => row.month === band.x2) : -1;
  const bandAt = from >= 0 && to >= from ? { from, to } : null;

  return (
    <Card className="lg:col-span-2">
      <CardHeader title={t("title")} description={t("description")} id="history-title" />
      <CardBody>
        {empty ? (
          <EmptyState title={t("title")} description={t("empty")} />
        ) : (
          <>
            <figure aria-labelledby="history-title" data-testid="history-chart">
              <StackedAreaChart
                label={t("chartLabel")}
                categories={history.map((row) => shortLabel(row.month))}
                categoryTitles={history.map((row) => longLabel(row.month))}
                series={MODELS.map((m, i) => ({
                  key: m,
                  label: tc(`serviceModel.${m}`),
                  color: MODEL_COLORS[m],
                  values: history.map((row) => row[m]),
                  dash: dashOf(i),
                }))}
                formatValue={(v) => format.number(v)}
                pointTitle={(p) => tc("chartPoint", p)}
                integers
                band={bandAt ? { ...bandAt, label: t("periodBand") } : null}
              />
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
