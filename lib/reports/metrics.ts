import type { createFormatter } from "use-intl/core";
import {
  METRIC_KEYS,
  METRICS,
  type MetricKey,
  type MetricKind,
  type NumericMetricKey,
  type ReportMetrics,
} from "@/lib/reports/content";

/**
 * Readers of a report's service metrics (the table of what each metric is lives in
 * lib/reports/content.ts, METRICS). A metric that was not provided (absent, or `value: null`)
 * has NO DATA: every reader gets `null`, never 0.
 */

type Finite = number;
const finite = (v: unknown): v is Finite => typeof v === "number" && Number.isFinite(v);

/** The numeric value of a metric, or null for "no data" (absent, null, or not a number). */
export function numericValue(metrics: ReportMetrics | null | undefined, key: NumericMetricKey): number | null {
  const v = metrics?.[key]?.value;
  return finite(v) ? v : null;
}

/** The date of the last verified restore test ("YYYY-MM-DD"), or null. */
export function restoreTestDate(metrics: ReportMetrics | null | undefined): string | null {
  const v = metrics?.lastRestoreTest?.value;
  return typeof v === "string" && v !== "" ? v : null;
}

/** Ticket categories that were provided; null when the metric has no data at all. */
export function ticketCategories(
  metrics: ReportMetrics | null | undefined,
): { category: string; count: number | null }[] | null {
  const v = metrics?.ticketsByCategory?.value;
  return Array.isArray(v) && v.length > 0 ? v : null;
}

/** Total tickets across categories; null unless at least one category has a count. */
export function ticketTotal(metrics: ReportMetrics | null | undefined): number | null {
  const categories = ticketCategories(metrics);
  if (!categories) return null;
  const counted = categories.filter((c) => finite(c.count));
  return counted.length ? counted.reduce((n, c) => n + (c.count ?? 0), 0) : null;
}

/** Share of backup jobs that succeeded, in %; null unless both counts are known and non-zero in total. */
export function backupSuccessPct(metrics: ReportMetrics | null | undefined): number | null {
  const ok = numericValue(metrics, "backupJobsSucceeded");
  const failed = numericValue(metrics, "backupJobsFailed");
  if (ok === null || failed === null || ok + failed === 0) return null;
  return Math.round((ok / (ok + failed)) * 1000) / 10;
}

export function hasData(metrics: ReportMetrics | null | undefined, key: MetricKey): boolean {
  if (key === "lastRestoreTest") return restoreTestDate(metrics) !== null;
  if (key === "ticketsByCategory") return ticketCategories(metrics) !== null;
  return numericValue(metrics, key) !== null;
}

/** The metrics of a report that have no data (the editor and the publish step list them). */
export function metricsWithoutData(metrics: ReportMetrics | null | undefined): MetricKey[] {
  return METRIC_KEYS.filter((key) => !hasData(metrics, key));
}

export type Formatter = ReturnType<typeof createFormatter>;

/** "YYYY-MM-DD" as a UTC date (formatted without shifting a day). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * A metric's value as text, or null for "no data" (the caller shows its
 * translated "No data"). Percentages take 0..100 values.
 */
export function formatMetric(
  format: Formatter,
  metrics: ReportMetrics | null | undefined,
  key: MetricKey,
): string | null {
  const kind = METRICS[key].kind;
  if (key === "lastRestoreTest") {
    const day = restoreTestDate(metrics);
    return day ? format.dateTime(dayToDate(day), { dateStyle: "medium" }) : null;
  }
  if (key === "ticketsByCategory") {
    const total = ticketTotal(metrics);
    return total === null ? null : format.number(total);
  }
  return formatNumber(format, kind, numericValue(metrics, key));
}

export function formatNumber(format: Formatter, kind: MetricKind, value: number | null): string | null {
  if (value === null) return null;
  if (kind === "percent") return format.number(value / 100, { style: "percent", maximumFractionDigits: 2 });
  if (kind === "hours") return format.number(value, { maximumFractionDigits: 1 });
  return format.number(value, { maximumFractionDigits: 0 });
}

/** The source and as-of date of a metric, when given. */
export function metricProvenance(
  metrics: ReportMetrics | null | undefined,
  key: MetricKey,
): { source: string | null; asOf: string | null } {
  const m = metrics?.[key];
  return { source: m?.source ?? null, asOf: m?.asOf ?? null };
}
