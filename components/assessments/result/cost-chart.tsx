import { useTranslations } from "next-intl";
import { DeferredCostPlot } from "@/components/assessments/result/cost-plot-deferred";
import type { StoredCosts } from "@/lib/domain/assessments/stored-result";

/**
 * Cumulative cost of each model, month by month over the horizon, with the break-even month
 * marked. The numbers are also in the table beside it (CostSummary) for screen readers, print and
 * anyone reading before the drawing (recharts, cost-plot.tsx) has loaded: it loads when the chart
 * comes into view. Renders on the server (the stored result) and in the browser (the what-if).
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
  return (
    <figure className="w-full" data-testid={testId} role="img" aria-label={label}>
      <div className="h-72 w-full">
        <DeferredCostPlot costs={costs} currency={currency} />
      </div>
    </figure>
  );
}
