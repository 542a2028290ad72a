import { MetricCards } from "@/components/reports/metric-cards";
import {
  BudgetSection,
  NarrativeSection,
  RecommendationsSection,
  RoadmapSection,
} from "@/components/reports/report-sections";
import { PostureTrendSection } from "@/components/reports/posture-trend-section";
import { TrendCharts } from "@/components/reports/trend-charts";
import type { ReportContent } from "@/lib/reports/content";
import type { PostureTrend } from "@/lib/posture/trend";
import type { TrendPoint } from "@/lib/reports/trends";

/** A report as the client reads it (also the MSP's preview): metrics, trends, security posture, narrative, recommendations, roadmap, budget. */
export function ReportView({
  content,
  trend,
  currency,
  posture = null,
  postureLive = false,
}: {
  content: ReportContent;
  trend: TrendPoint[];
  currency: string;
  posture?: PostureTrend | null;
  postureLive?: boolean;
}) {
  return (
    <div className="space-y-6" data-testid="report-view">
      <NarrativeSection narrative={content.narrative} />
      <MetricCards metrics={content.metrics} />
      <TrendCharts points={trend} />
      {posture ? <PostureTrendSection trend={posture} live={postureLive} /> : null}
      <RecommendationsSection items={content.recommendations} />
      <RoadmapSection items={content.roadmap} />
      <BudgetSection lines={content.budget} currency={currency} />
    </div>
  );
}
