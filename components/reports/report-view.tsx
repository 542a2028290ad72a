import { MetricCards } from "@/components/reports/metric-cards";
import {
  BudgetSection,
  NarrativeSection,
  RecommendationsSection,
  RoadmapSection,
} from "@/components/reports/report-sections";
import { PostureTrendSection } from "@/components/reports/posture-trend-section";
import { TrendCharts } from "@/components/reports/trend-charts";
import type { Locale } from "@/lib/i18n/catalog";
import type { ReportContent } from "@/lib/reports/content";
import type { PostureTrend } from "@/lib/posture/trend";
import type { TrendPoint } from "@/lib/reports/trends";

/**
 * A report as the client reads it (also the MSP's preview): metrics, trends, security posture,
 * narrative, recommendations, roadmap, budget — in `locale`, the organization's report language
 * (or the reader's when it has none), whatever language the rest of the page is in.
 */
export function ReportView({
  content,
  trend,
  currency,
  locale,
  posture = null,
  postureLive = false,
}: {
  content: ReportContent;
  trend: TrendPoint[];
  currency: string;
  locale: Locale;
  posture?: PostureTrend | null;
  postureLive?: boolean;
}) {
  return (
    <div className="space-y-6" data-testid="report-view" lang={locale}>
      <NarrativeSection narrative={content.narrative} locale={locale} />
      <MetricCards metrics={content.metrics} locale={locale} />
      <TrendCharts points={trend} locale={locale} />
      {posture ? <PostureTrendSection trend={posture} live={postureLive} locale={locale} /> : null}
      <RecommendationsSection items={content.recommendations} locale={locale} />
      <RoadmapSection items={content.roadmap} locale={locale} />
      <BudgetSection lines={content.budget} currency={currency} locale={locale} />
    </div>
  );
}
