import type { MetricKey, ReportMetrics } from "@/lib/reports/content";
import { METRIC_KEYS } from "@/lib/reports/content";
import { earlierDay, isoDayOf } from "@/lib/validation/dates";
import { periodEndDay } from "@/lib/reports/period";

/**
 * When a report's figures may be dated. A figure is "as of" a day that has happened: never after
 * today, and never after the report's publication (a published review does not quote tomorrow's
 * numbers). The date of the last restore test is a fact of the past too.
 */

/** The as-of day the editor proposes for a new figure: the end of the month, or today if that is earlier. */
export function defaultAsOf(period: string, now = new Date()): string {
  return earlierDay(periodEndDay(period), isoDayOf(now));
}

export type FigureDateProblem = { path: string; metric: MetricKey };

/**
 * Every date in the metrics later than `latest` ("YYYY-MM-DD"), by the form field it came from
 * (`metrics.mttrHours.asOf`, `metrics.lastRestoreTest.value`).
 */
export function figuresDatedAfter(metrics: ReportMetrics, latest: string): FigureDateProblem[] {
  const problems: FigureDateProblem[] = [];
  for (const metric of METRIC_KEYS) {
    const m = metrics[metric] as { value?: unknown; asOf?: string | null } | undefined;
    if (!m) continue;
    if (metric === "lastRestoreTest" && typeof m.value === "string" && m.value > latest)
      problems.push({ path: `metrics.${metric}.value`, metric });
    if (typeof m.asOf === "string" && m.asOf > latest) problems.push({ path: `metrics.${metric}.asOf`, metric });
  }
  return problems;
}
