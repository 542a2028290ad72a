import { METRICS, type ReportMetrics } from "@/lib/reports/content";
import { backupSuccessPct, numericValue, ticketTotal } from "@/lib/reports/metrics";

/**
 * The series of the trends, declared once: what kind of number each is, which chart draws it
 * (null: in the points, not drawn) and how a month's value is read. The charts and the PDF's
 * trend table derive from this table.
 */
export const TRENDS = {
  incidentsOpened: {
    kind: METRICS.incidentsOpened.kind,
    chart: "incidents",
    read: (m) => numericValue(m, "incidentsOpened"),
  },
  incidentsResolved: {
    kind: METRICS.incidentsResolved.kind,
    chart: "incidents",
    read: (m) => numericValue(m, "incidentsResolved"),
  },
  majorIncidents: {
    kind: METRICS.majorIncidents.kind,
    chart: "incidents",
    read: (m) => numericValue(m, "majorIncidents"),
  },
  mttrHours: { kind: METRICS.mttrHours.kind, chart: "mttr", read: (m) => numericValue(m, "mttrHours") },
  availabilityPct: {
    kind: METRICS.availabilityPct.kind,
    chart: "levels",
    read: (m) => numericValue(m, "availabilityPct"),
  },
  patchCompliancePct: {
    kind: METRICS.patchCompliancePct.kind,
    chart: "levels",
    read: (m) => numericValue(m, "patchCompliancePct"),
  },
  backupSuccessPct: { kind: "percent", chart: "levels", read: backupSuccessPct },
  tickets: { kind: "count", chart: null, read: ticketTotal },
} as const satisfies Record<
  string,
  {
    kind: "count" | "hours" | "percent";
    chart: "incidents" | "mttr" | "levels" | null;
    read: (m: ReportMetrics | undefined) => number | null;
  }
>;
export type TrendKey = keyof typeof TRENDS;
export const TREND_KEYS = Object.keys(TRENDS) as TrendKey[];
export type TrendChart = NonNullable<(typeof TRENDS)[TrendKey]["chart"]>;
/** The series a chart draws, in table order. */
export const trendsOf = (chart: TrendChart): TrendKey[] => TREND_KEYS.filter((k) => TRENDS[k].chart === chart);
/** The series that are drawn (the PDF's trend table shows the same ones). */
export const CHARTED_TRENDS = TREND_KEYS.filter((k) => TRENDS[k].chart !== null);

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
        ...(Object.fromEntries(TREND_KEYS.map((k) => [k, TRENDS[k].read(m)])) as Record<TrendKey, number | null>),
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
