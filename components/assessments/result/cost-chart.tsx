import { useFormatter, useTranslations } from "next-intl";
import { LineChart } from "@/components/charts/charts";
import { dashOf, type Series } from "@/components/charts/frame";
import { MODEL_COLORS } from "@/components/ui/badge";
import type { StoredCosts } from "@/lib/domain/assessments/stored-result";
import { MODELS } from "@/lib/vocabulary";

/**
 * Cumulative cost of each model, month by month over the horizon, with the break-even month
 * marked. Drawn as SVG where it renders (components/charts/): on the server for the stored
 * result, in the browser inside the what-if (a client component recomputing as you type), with
 * no chart library either way. The numbers are also in the table beside it (CostSummary).
 */
export function CostChart({
  costs,
  currency,
  testId = "cost-chart",
}: {
  costs: StoredCosts;
  currency: string;
  testId?: string;
}) {
  const t = useTranslations("assessments.result.costs");
  const tc = useTranslations("common");
  const format = useFormatter();
  const label =
    costs.breakEvenMonth !== null
      ? t("chartLabel", {
          months: costs.horizonMonths,
          model: tc(`serviceModel.${costs.breakEvenAgainst}`),
          month: costs.breakEvenMonth,
        })
      : t("chartLabelNoBreakEven", {
          months: costs.horizonMonths,
          model: tc(`serviceModel.${costs.breakEvenAgainst}`),
        });
  const months = Array.from({ length: costs.horizonMonths }, (_, i) => i + 1);
  const series: Series[] = MODELS.map((m, i) => ({
    key: m,
    label: tc(`serviceModel.${m}`),
    color: MODEL_COLORS[m],
    values: months.map((_, n) => costs[m].cumulative[n] ?? null),
    dash: dashOf(i),
    strokeWidth: m === costs.breakEvenAgainst ? 3 : 2,
  }));
  return (
    <figure className="w-full" data-testid={testId}>
      <LineChart
        label={label}
        categories={months.map((m) => format.number(m))}
        categoryTitles={months.map((month) => t("monthN", { month }))}
        labelStart={1}
        xTitle={t("month")}
        series={series}
        formatValue={(v) => format.number(v, { style: "currency", currency })}
        formatTick={(v) =>
          format.number(v, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 })
        }
        pointTitle={(p) => tc("chartPoint", p)}
        margin={{ left: 72, top: 16 }}
        reference={
          costs.breakEvenMonth !== null
            ? { at: costs.breakEvenMonth - 1, label: t("breakEvenMarker", { month: costs.breakEvenMonth }) }
            : null
        }
      />
    </figure>
  );
}
