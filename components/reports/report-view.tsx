import { MetricCards } from "@/components/reports/metric-cards";
import {
  BudgetSection,
  NarrativeSection,
  RecommendationsSection,
  RoadmapSection,
} from "@/components/reports/report-sections";
import { TrendCharts } from "@/components/reports/trend-charts";
import type { ReportContent } from "@/lib/reports/content";
import type { TrendPoint } from "@/lib/reports/trends";

/** A report as the client reads it (also the MSP's preview): metrics, trends, narrative, recommendations, roadmap, budget. */
export function ReportView({
  content,
  trend,
  currency,
}: {
  content: ReportContent;
  trend: TrendPoint[];
  currency: string;
}) {
  return (
    <div className="space-y-6" data-testid="report-view">
      <NarrativeSection narrative={content.narrative} />
      <MetricCards metrics={content.metrics} />
      <TrendCharts points={trend} />
      <RecommendationsSection items={content.recommendations} />
      <RoadmapSection items={content.roadmap} />
      <BudgetSection lines={content.budget} currency={currency} />
    </div>
  );
}
