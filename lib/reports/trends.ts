import type { ReportMetrics } from "@/lib/reports/content";
import { backupSuccessPct, numericValue, ticketTotal } from "@/lib/reports/metrics";

/** The series the trend charts and the PDF's trend table show. */
export const TREND_KEYS = [
  "incidentsOpened",
  "incidentsResolved",
  "majorIncidents",
  "mttrHours",
  "availabilityPct",
  "patchCompliancePct",
  "backupSuccessPct",
  "tickets",
] as const;
export type TrendKey = (typeof TREND_KEYS)[number];

export type TrendPoint = { period: string } & Record<TrendKey, number | null>;

/** How many published months a trend covers. */
export const TREND_MONTHS = 12;

/**
 * One point per report, oldest first, the last `limit` of them (by period).
 * Values are null where the month has no data: charts leave a gap, tables say
 * "no data" — a missing figure is never drawn as zero.
 */
export function buildTrend(
  reports: readonly { period: string; metrics: ReportMetrics }[],
  limit = TREND_MONTHS,
): TrendPoint[] {
  const byPeriod = new Map<string, ReportMetrics>();
  for (const r of reports) byPeriod.set(r.period, r.metrics);
  return [...byPeriod.keys()]
    .sort()
    .slice(-limit)
    .map((period) => {
      const m = byPeriod.get(period);
      return {
        period,
        incidentsOpened: numericValue(m, "incidentsOpened"),
        incidentsResolved: numericValue(m, "incidentsResolved"),
        majorIncidents: numericValue(m, "majorIncidents"),
        mttrHours: numericValue(m, "mttrHours"),
        availabilityPct: numericValue(m, "availabilityPct"),
        patchCompliancePct: numericValue(m, "patchCompliancePct"),
        backupSuccessPct: backupSuccessPct(m),
        tickets: ticketTotal(m),
      };
    });
}

/** True when at least one point of the series has a value (else the chart says "no data"). */
export function seriesHasData(points: readonly TrendPoint[], key: TrendKey): boolean {
  return points.some((p) => p[key] !== null);
}

/** The change from the previous point that has data to the last one, or null. */
export function lastChange(points: readonly TrendPoint[], key: TrendKey): number | null {
  const last = points[points.length - 1];
  if (!last || last[key] === null) return null;
  for (let i = points.length - 2; i >= 0; i--) {
    const v = points[i]![key];
    if (v !== null) return Math.round((last[key]! - v) * 100) / 100;
  }
  return null;
}
