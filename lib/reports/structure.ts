import { withItemIds } from "@/lib/reports/item-id";
import type { MetricKey, ReportContent, ReportMetrics } from "@/lib/reports/content";

/**
 * "A new month starts from the previous one's structure": what carries over
 * from last month's report to a new one. Kept: roadmap items still open,
 * recommendations, budget lines, ticket categories (without their counts) and
 * each metric's source. Not kept: any figure (values, counts, as-of dates)
 * and the narrative, which are this month's to write.
 */
export function carryOverStructure(previous: ReportContent | null): ReportContent {
  if (!previous) return emptyContent();
  const metrics: ReportMetrics = {};
  for (const [key, metric] of Object.entries(previous.metrics) as [
    MetricKey,
    { source: string | null } | undefined,
  ][]) {
    if (!metric) continue;
    if (key === "ticketsByCategory") {
      const categories = previous.metrics.ticketsByCategory?.value ?? null;
      metrics.ticketsByCategory = {
        value: categories && categories.length ? categories.map((c) => ({ category: c.category, count: null })) : null,
        source: metric.source ?? null,
        asOf: null,
      };
    } else if (metric.source) {
      (metrics as Record<string, unknown>)[key] = { value: null, source: metric.source, asOf: null };
    }
  }
  return {
    metrics,
    narrative: {},
    // Items keep their id: the same recommendation or roadmap item, one month later.
    recommendations: withItemIds(previous.recommendations),
    roadmap: withItemIds(previous.roadmap.filter((item) => item.status !== "done")),
    budget: previous.budget.map((line) => ({ ...line })),
  };
}

export function emptyContent(): ReportContent {
  return { metrics: {}, narrative: {}, recommendations: [], roadmap: [], budget: [] };
}
