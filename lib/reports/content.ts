import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { itemIdSchema } from "@/lib/reports/item-id";

/**
 * The content of a monthly steering report (service review), stored as JSON
 * columns on SteeringReport. A metric that was not provided is ABSENT (or its
 * value is null): the UI and PDF show "no data", never zero.
 */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const source = z.string().trim().max(LIMITS.metricSource).nullable();

export const numericMetric = (min: number, max: number) =>
  z.object({ value: z.number().min(min).max(max).nullable(), source, asOf: isoDay.nullable() }).strict();

/** What kind of value a metric holds: it decides its schema, its unit, its input and how it is formatted. */
export type MetricKind = "count" | "hours" | "percent" | "date" | "categories";
type MetricSpec = { kind: MetricKind; max?: number };

/**
 * Every service metric of a report, declared once, in the order it appears in the editor, on the
 * report page and in the PDF: its kind (counts are whole numbers) and its upper bound (all start
 * at 0). The stored schema below, the editor's schema (lib/domain/reports/schemas.ts), the editor,
 * the cards, the PDF and the trends derive from this table.
 */
export const METRICS = {
  incidentsOpened: { kind: "count", max: 1_000_000 },
  incidentsResolved: { kind: "count", max: 1_000_000 },
  majorIncidents: { kind: "count", max: 10_000 },
  mttrHours: { kind: "hours", max: 10_000 },
  availabilityPct: { kind: "percent", max: 100 },
  patchCompliancePct: { kind: "percent", max: 100 },
  backupJobsSucceeded: { kind: "count", max: 1_000_000 },
  backupJobsFailed: { kind: "count", max: 1_000_000 },
  lastRestoreTest: { kind: "date" },
  /** Per category count; at most 30 categories. */
  ticketsByCategory: { kind: "categories", max: 1_000_000 },
} as const satisfies Record<string, MetricSpec>;

export type MetricKey = keyof typeof METRICS;
export const METRIC_KEYS = Object.keys(METRICS) as MetricKey[];

type KindOf<K extends MetricKey> = (typeof METRICS)[K]["kind"];
export type NumericMetricKey = {
  [K in MetricKey]: KindOf<K> extends "count" | "hours" | "percent" ? K : never;
}[MetricKey];
export const isNumericMetric = (key: MetricKey): key is NumericMetricKey =>
  ["count", "hours", "percent"].includes(METRICS[key].kind);
export const NUMERIC_METRIC_KEYS = METRIC_KEYS.filter(isNumericMetric);
/** The upper bound of a metric's value (a category's count for "categories"). */
export const metricMax = (key: NumericMetricKey | "ticketsByCategory"): number => METRICS[key].max;
/** Counts are whole numbers; hours and percentages may have decimals. */
export const isWholeNumber = (key: MetricKey): boolean => ["count", "categories"].includes(METRICS[key].kind);

export const MAX_TICKET_CATEGORIES = 30;

/** A ticket category; `count: null` = the category is tracked but has no figure this month ("no data"). */
export const ticketCategory = z
  .object({
    category: z.string().trim().min(1).max(LIMITS.ticketCategory),
    count: z.number().int().min(0).max(METRICS.ticketsByCategory.max).nullable(),
  })
  .strict();

const wholeNumberMetric = (max: number) =>
  numericMetric(0, max).refine((m) => m.value === null || Number.isInteger(m.value));
const dateMetric = z.object({ value: isoDay.nullable(), source, asOf: isoDay.nullable() }).strict();
const categoriesMetric = z
  .object({ value: z.array(ticketCategory).max(MAX_TICKET_CATEGORIES).nullable(), source, asOf: isoDay.nullable() })
  .strict();

type StoredMetricSchema<K extends MetricKind> = K extends "date"
  ? typeof dateMetric
  : K extends "categories"
    ? typeof categoriesMetric
    : ReturnType<typeof numericMetric>;

function storedMetricSchema(key: MetricKey): z.ZodType {
  const spec: MetricSpec = METRICS[key];
  if (spec.kind === "date") return dateMetric;
  if (spec.kind === "categories") return categoriesMetric;
  return spec.kind === "count" ? wholeNumberMetric(spec.max!) : numericMetric(0, spec.max!);
}

/** The stored metrics: every key of METRICS, each optional ("no data"), nothing else. */
export const metricsSchema = z
  .object(
    Object.fromEntries(METRIC_KEYS.map((k) => [k, storedMetricSchema(k)])) as {
      [K in MetricKey]: StoredMetricSchema<KindOf<K>>;
    },
  )
  .partial()
  .strict();

/** A recommendation's priority, highest first. */
export const PRIORITIES = ["high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const ROADMAP_STATUSES = ["planned", "in_progress", "done", "blocked"] as const;
/** Run costs sit inside the managed contract; projects outside it. */
export const BUDGET_KINDS = ["run", "project"] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

const narrativeText = z.string().trim().max(LIMITS.longText).nullable();
export const narrativeSchema = z
  .object({ highlights: narrativeText, risks: narrativeText, decisionsNeeded: narrativeText })
  .partial()
  .strict();

/**
 * Recommendations and roadmap items carry a stable `id` (lib/reports/item-id.ts) that follows
 * them from month to month; client decisions point at it. Optional when reading, so an item
 * written before ids existed (or by hand) is still shown; every write path gives one.
 */
export const recommendationSchema = z
  .object({
    id: itemIdSchema.optional(),
    title: z.string().trim().min(1).max(LIMITS.itemTitle),
    detail: z.string().trim().max(LIMITS.mediumText).nullable(),
    priority: z.enum(PRIORITIES),
  })
  .strict();

export const roadmapItemSchema = z
  .object({
    id: itemIdSchema.optional(),
    title: z.string().trim().min(1).max(LIMITS.itemTitle),
    status: z.enum(ROADMAP_STATUSES),
    targetQuarter: z.string().regex(/^20\d{2}-Q[1-4]$/),
  })
  .strict();

/** Run costs sit inside the managed contract; projects (migration, renewal, network redesign) outside it. */
export const budgetLineSchema = z
  .object({
    label: z.string().trim().min(1).max(LIMITS.budgetLabel),
    kind: z.enum(BUDGET_KINDS),
    amount: z.number().min(0).max(100_000_000),
    note: z.string().trim().max(LIMITS.budgetNote).nullable(),
  })
  .strict();

export const reportContentSchema = z
  .object({
    metrics: metricsSchema,
    narrative: narrativeSchema,
    recommendations: z.array(recommendationSchema).max(30),
    roadmap: z.array(roadmapItemSchema).max(50),
    budget: z.array(budgetLineSchema).max(50),
  })
  .strict();

export type ReportMetrics = z.infer<typeof metricsSchema>;
export type ReportNarrative = z.infer<typeof narrativeSchema>;
export type ReportRecommendation = z.infer<typeof recommendationSchema>;
export type RoadmapItem = z.infer<typeof roadmapItemSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type TicketCategory = z.infer<typeof ticketCategory>;
export type ReportContent = z.infer<typeof reportContentSchema>;
