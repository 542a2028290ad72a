import type { EngineResult, ServiceModel } from "@/lib/engine";

/**
 * The monthly cost gap that orders opportunities: the average monthly cost of the organization's
 * current model minus the recommended model's, over the result's horizon, to the cent. Positive:
 * the recommendation is cheaper on average; negative: it costs more (the engine decides on the
 * operating logic, not on price).
 */
export function monthlyCostGap(result: Pick<EngineResult, "costs" | "recommendation">, current: ServiceModel): number {
  const costs = result.costs;
  const average = (model: ServiceModel) => costs[model].total / costs.horizonMonths;
  return Math.round((average(current) - average(result.recommendation)) * 100) / 100;
}
