import { autoMapColumns } from "@/lib/import/columns";
import { parseDay } from "@/lib/import/dates";
import { parseDecimal } from "@/lib/import/decimal";
import { detectDateOrder, detectDecimalComma } from "@/lib/import/detect";
import { parseMonth } from "@/lib/import/month";
import { cellOf, columnOf, columnSample, type ImportProblem, type ImportSettings } from "@/lib/import/plan";
import type { CsvTable } from "@/lib/import/read-csv";
import {
  MAX_TICKET_CATEGORIES,
  METRICS,
  type MetricKey,
  type NumericMetricKey,
  type TicketCategory,
} from "@/lib/reports/content";
import { defaultAsOf } from "@/lib/reports/figure-dates";
import {
  COLUMN_METRICS,
  METRICS_IMPORT_FIELDS,
  readMetricName,
  type MetricsImportField,
} from "@/lib/reports/import-columns";
import { LIMITS } from "@/lib/validation/limits";

export type MetricsImportSettings = ImportSettings<MetricsImportField>;
export type MetricsImportProblem = ImportProblem<MetricsImportField>;

/** The figures a file gives for the report's month, by metric (absent: the file says nothing). */
export type ImportedMetrics = Partial<Record<NumericMetricKey, number>> & {
  lastRestoreTest?: string;
  ticketsByCategory?: TicketCategory[];
};

/** One figure read from the file: where it came from and what it says (the preview lists them). */
export type ImportedFigure = { row: number; metric: MetricKey; category: string | null; value: number | string };

export type MetricsPlan = {
  /** "one row per metric" or "one row per month, a column per metric". */
  shape: "rows" | "columns";
  figures: ImportedFigure[];
  metrics: ImportedMetrics;
  /** The as-of date of the figures: the latest as-of cell of the month, else the end of the month (or today). */
  asOf: string;
  problems: MetricsImportProblem[];
  /** The months the file covers ("YYYY-MM"), and how many of its rows are for another month than the report's. */
  months: string[];
  otherMonthRows: number;
  /** Rows whose metric name the report does not have (listed, not imported). */
  unknown: { row: number; name: string }[];
};

/** The settings a file suggests: recognized headers mapped, date order and decimal mark detected. */
export function suggestMetricsSettings(table: CsvTable): MetricsImportSettings {
  const mapping = autoMapColumns(METRICS_IMPORT_FIELDS, table.headers);
  const sample = (field: MetricsImportField) => columnSample(table, mapping, field);
  return {
    mapping,
    dateOrder: detectDateOrder([...sample("period"), ...sample("asOf"), ...sample("lastRestoreTest")], table.delimiter),
    decimalComma: detectDecimalComma(
      [...sample("value"), ...COLUMN_METRICS.flatMap((k) => sample(k))],
      table.delimiter,
    ),
  };
}

/** A mapping that reads neither shape: no "Metric" and "Value" columns, and no metric column either. */
export function metricsShapeProblems(settings: MetricsImportSettings): Record<string, string> {
  const { mapping } = settings;
  if (mapping.metric !== null && mapping.value === null) return { "mapping.value": "imports.errors.mappingRequired" };
  if (mapping.metric === null && mapping.value !== null) return { "mapping.metric": "imports.errors.mappingRequired" };
  if (mapping.metric === null && COLUMN_METRICS.every((k) => mapping[k] === null))
    return { "mapping.metric": "reports.import.errors.noMetricColumn" };
  return {};
}

/** "4:30" (hours and minutes) or a number of hours. */
function hoursOf(raw: string, decimalComma: boolean): number | null {
  const clock = /^(\d{1,5}):([0-5]\d)(?::[0-5]\d)?$/.exec(raw);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  return parseDecimal(raw.replace(/\s*h(ours?)?$/i, ""), decimalComma);
}

type Reading = { ok: true; value: number | string } | { ok: false; key: string; params?: Record<string, number> };

/** A metric's value from its cell, by the metric's kind (counts whole, percentages 0–100, dates not after today). */
export function readMetricValue(
  metric: MetricKey,
  raw: string,
  options: { decimalComma: boolean; dateOrder: MetricsImportSettings["dateOrder"]; today: string },
): Reading {
  const spec = METRICS[metric];
  if (spec.kind === "date") {
    const day = parseDay(raw, options.dateOrder);
    if (!day) return { ok: false, key: "imports.errors.invalidDate" };
    return day > options.today ? { ok: false, key: "imports.errors.inFuture" } : { ok: true, value: day };
  }
  const max = spec.max;
  const n =
    spec.kind === "hours"
      ? hoursOf(raw, options.decimalComma)
      : parseDecimal(spec.kind === "percent" ? raw.replace(/\s*%$/, "") : raw, options.decimalComma);
  if (n === null || n < 0 || n > max) return { ok: false, key: `reports.import.errors.${spec.kind}`, params: { max } };
  if ((spec.kind === "count" || spec.kind === "categories") && !Number.isInteger(n))
    return { ok: false, key: `reports.import.errors.${spec.kind}`, params: { max } };
  return { ok: true, value: Math.round(n * 100) / 100 };
}

/**
 * Reads a month's metrics file for a report of `period`: rows of other months are left aside
 * (a twelve-month export gives the report its own month), every figure of the month is read by
 * its metric's kind, a metric (or a category) given twice is refused on its second row, and the
 * as-of date is the latest of the month's as-of cells or, without one, the end of the month (or
 * today if earlier). Pure: the domain refuses a file with nothing for the report's month.
 */
export function planMetricsImport(
  table: CsvTable,
  settings: MetricsImportSettings,
  options: { period: string; today: string },
): MetricsPlan {
  const { mapping } = settings;
  const shape = mapping.metric !== null ? "rows" : "columns";
  const problems: MetricsImportProblem[] = [];
  const figures: ImportedFigure[] = [];
  const unknown: MetricsPlan["unknown"] = [];
  const months = new Set<string>();
  const seen = new Map<string, number>();
  let otherMonthRows = 0;
  let asOf: string | null = null;
  const column = (field: MetricsImportField) => columnOf(table, mapping, field);
  const problem = (row: number, field: MetricsImportField, key: string, params?: Record<string, string | number>) =>
    problems.push({ row, column: column(field), field, key, ...(params ? { params } : {}) });
  const readOptions = { ...settings, today: options.today };

  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const cell = (field: MetricsImportField) => cellOf(cells, mapping, field);
    const month = parseMonth(cell("period"), settings.dateOrder);
    if (!cell("period")) return problem(row, "period", "imports.errors.required");
    if (!month) return problem(row, "period", "reports.import.errors.invalidMonth");
    months.add(month);
    if (month !== options.period) {
      otherMonthRows++;
      return;
    }
    const asOfText = cell("asOf");
    if (asOfText) {
      const day = parseDay(asOfText, settings.dateOrder);
      if (!day) problem(row, "asOf", "imports.errors.invalidDate");
      else if (day > options.today) problem(row, "asOf", "imports.errors.inFuture");
      else if (asOf === null || day > asOf) asOf = day;
    }
    const take = (field: MetricsImportField, metric: MetricKey, raw: string, category: string | null) => {
      const key = category === null ? metric : `${metric}:${category.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) return problem(row, field, "reports.import.errors.duplicateMetric", { row: first });
      seen.set(key, row);
      const value = readMetricValue(metric, raw, readOptions);
      if (!value.ok) return problem(row, field, value.key, value.params);
      figures.push({ row, metric, category, value: value.value });
    };
    if (shape === "rows") {
      const name = cell("metric");
      const raw = cell("value");
      if (!name && !raw) return;
      const metric = readMetricName(name);
      if (!metric) return void unknown.push({ row, name });
      if (!raw) return problem(row, "value", "imports.errors.required");
      if (metric !== "ticketsByCategory") return take("value", metric, raw, null);
      const category = cell("category").replace(/\s+/g, " ");
      if (!category) return problem(row, "category", "imports.errors.required");
      if (category.length > LIMITS.ticketCategory) return problem(row, "category", "imports.errors.tooLong");
      return take("value", metric, raw, category);
    }
    for (const metric of COLUMN_METRICS) {
      const raw = cell(metric);
      if (mapping[metric] !== null && raw) take(metric, metric, raw, null);
    }
  });

  const metrics: ImportedMetrics = {};
  const categories: TicketCategory[] = [];
  for (const f of figures) {
    if (f.metric === "ticketsByCategory") {
      if (categories.length === MAX_TICKET_CATEGORIES) {
        problem(f.row, "category", "reports.import.errors.tooManyCategories", { max: MAX_TICKET_CATEGORIES });
        continue;
      }
      categories.push({ category: f.category!, count: f.value as number });
    } else if (f.metric === "lastRestoreTest") metrics.lastRestoreTest = f.value as string;
    else metrics[f.metric] = f.value as number;
  }
  if (categories.length > 0) metrics.ticketsByCategory = categories;
  problems.sort((a, b) => a.row - b.row);
  return {
    shape,
    figures,
    metrics,
    asOf: asOf ?? defaultAsOf(options.period, new Date(`${options.today}T00:00:00Z`)),
    problems,
    months: [...months].sort(),
    otherMonthRows,
    unknown,
  };
}
