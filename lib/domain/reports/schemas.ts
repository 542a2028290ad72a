import { z } from "zod";
import {
  isWholeNumber,
  MAX_TICKET_CATEGORIES,
  metricMax,
  NUMERIC_METRIC_KEYS,
  PRIORITIES,
  ROADMAP_STATUSES,
  BUDGET_KINDS,
  type NumericMetricKey,
  type ReportContent,
} from "@/lib/reports/content";
import { csvText, importSettingsSchema } from "@/lib/import/schemas";
import { METRICS_IMPORT_FIELDS } from "@/lib/reports/import-columns";
import { itemIdSchema, withItemIds } from "@/lib/reports/item-id";
import { QUARTER_PATTERN } from "@/lib/reports/period";
import { REPORT_STATUSES } from "@/lib/vocabulary";
import {
  expectedVersion,
  id,
  idempotencyKey,
  longText,
  optionalIsoDayString,
  optionalLongText,
  optionalText,
  period,
  text,
} from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/**
 * Input schemas of the report actions. The editor posts its inputs as they are
 * (strings; dotted names such as `metrics.mttrHours.value` or
 * `roadmap.2.title`); these schemas turn them into the stored content shape
 * (lib/reports/content.ts) and put each error on the input's own name.
 */
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const toNumber = (v: unknown) => {
  if (blank(v)) return null;
  if (typeof v !== "string") return v;
  const s = v.trim();
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
};

/**
 * A number typed in a text input. A word ("twelve", "1,200") says "not valid",
 * an empty input says "required" (where a value is required at all), and a
 * fraction where a whole number is expected says so.
 */
const num = (integer: boolean) => {
  const n = z.number({ error: (issue) => (typeof issue.input === "string" ? "invalid" : undefined) });
  return integer ? n.multipleOf(1) : n;
};

const source = () => optionalText(LIMITS.metricSource);

/** Form rows arrive as `{ "0": {...}, "1": {...} }` (dotted names) or as an array. */
const rows = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    if (typeof v === "object") {
      const keys = Object.keys(v);
      if (keys.every((k) => /^\d+$/.test(k)))
        return keys.sort((a, b) => Number(a) - Number(b)).map((k) => (v as Record<string, unknown>)[k]);
    }
    return v;
  }, z.array(item).max(max));

/** A value with its provenance: when a figure is given, its source and as-of date are required. */
function requireProvenance(m: { value: unknown; source: string | null; asOf: string | null }, ctx: z.RefinementCtx) {
  if (m.value === null) return;
  const required = (field: "source" | "asOf") =>
    ctx.addIssue({ code: "too_small", origin: "string", minimum: 1, inclusive: true, path: [field], input: "" });
  if (!m.source) required("source");
  if (!m.asOf) required("asOf");
}

const numericMetricInput = (key: NumericMetricKey) => {
  const number = num(isWholeNumber(key)).min(0).max(metricMax(key));
  return z
    .object({ value: z.preprocess(toNumber, number.nullable()), source: source(), asOf: optionalIsoDayString() })
    .strict()
    .superRefine(requireProvenance);
};

const ticketCategoryInput = z
  .object({
    category: text(LIMITS.ticketCategory),
    count: z.preprocess(toNumber, num(true).min(0).max(metricMax("ticketsByCategory")).nullable()),
  })
  .strict();

const metricsInput = z
  .object({
    ...(Object.fromEntries(NUMERIC_METRIC_KEYS.map((k) => [k, numericMetricInput(k).optional()])) as Record<
      NumericMetricKey,
      z.ZodOptional<ReturnType<typeof numericMetricInput>>
    >),
    lastRestoreTest: z
      .object({ value: optionalIsoDayString(), source: source(), asOf: optionalIsoDayString() })
      .strict()
      .superRefine(requireProvenance)
      .optional(),
    ticketsByCategory: z
      .object({
        value: rows(ticketCategoryInput, MAX_TICKET_CATEGORIES),
        source: source(),
        asOf: optionalIsoDayString(),
      })
      .strict()
      .transform((m) => ({ ...m, value: m.value.length ? m.value : null }))
      .superRefine((m, ctx) =>
        requireProvenance({ ...m, value: m.value?.some((c) => c.count !== null) ? m.value : null }, ctx),
      )
      .optional(),
  })
  .strict();

const narrativeInput = z
  .object({
    highlights: optionalLongText(LIMITS.longText),
    risks: optionalLongText(LIMITS.longText),
    decisionsNeeded: optionalLongText(LIMITS.longText),
  })
  .partial()
  .strict();

/** An item's stable id: the editor sends it in a hidden input ("" for a row it has none for yet). */
const itemId = () => z.preprocess((v) => (blank(v) ? undefined : v), itemIdSchema.optional());

const recommendationInput = z
  .object({
    id: itemId(),
    title: text(LIMITS.itemTitle),
    detail: optionalLongText(LIMITS.mediumText),
    priority: z.enum(PRIORITIES),
  })
  .strict();

const roadmapItemInput = z
  .object({
    id: itemId(),
    title: text(LIMITS.itemTitle),
    status: z.enum(ROADMAP_STATUSES),
    targetQuarter: z.string().regex(QUARTER_PATTERN, { message: "invalid" }),
  })
  .strict();

const budgetLineInput = z
  .object({
    label: text(LIMITS.budgetLabel),
    kind: z.enum(BUDGET_KINDS),
    amount: z.preprocess((v) => (blank(v) ? undefined : toNumber(v)), num(false).min(0).max(100_000_000)),
    note: optionalText(LIMITS.budgetNote),
  })
  .strict();

/** The editable content of a report, as the editor sends it. */
export const reportContentInput = z
  .object({
    metrics: metricsInput.default({}),
    narrative: narrativeInput.default({}),
    recommendations: rows(recommendationInput, 30),
    roadmap: rows(roadmapItemInput, 50),
    budget: rows(budgetLineInput, 50),
  })
  .strict();

/** Drops metrics that carry nothing at all (no value, no source) so the stored JSON stays small. */
export function toStoredContent(input: z.output<typeof reportContentInput>): ReportContent {
  const metrics: Record<string, unknown> = {};
  for (const [key, m] of Object.entries(input.metrics)) {
    if (!m) continue;
    if (m.value === null && !m.source && !m.asOf) continue;
    metrics[key] = m;
  }
  return {
    metrics: metrics as ReportContent["metrics"],
    narrative: input.narrative,
    recommendations: withItemIds(input.recommendations),
    roadmap: withItemIds(input.roadmap),
    budget: input.budget,
  };
}

export const createReportSchema = z
  .object({ organizationId: id(), period: period(), idempotencyKey: idempotencyKey() })
  .strict();
export type CreateReportInput = z.output<typeof createReportSchema>;

export const saveReportSchema = reportContentInput.extend({ id: id(), expectedVersion: expectedVersion() }).strict();
export type SaveReportInput = z.output<typeof saveReportSchema>;

export const publishReportSchema = z.object({ id: id(), expectedVersion: expectedVersion() }).strict();
export type PublishReportInput = z.output<typeof publishReportSchema>;

export const withdrawReportSchema = z
  .object({ id: id(), expectedVersion: expectedVersion(), reason: longText(1_000) })
  .strict();
export type WithdrawReportInput = z.output<typeof withdrawReportSchema>;

export const acknowledgeReportSchema = z.object({ id: id() }).strict();
export type AcknowledgeReportInput = z.output<typeof acknowledgeReportSchema>;

export const commentOnReportSchema = z
  .object({ reportId: id(), body: longText(LIMITS.mediumText), idempotencyKey: idempotencyKey() })
  .strict();
export type CommentOnReportInput = z.output<typeof commentOnReportSchema>;

/** Query of the MSP's report list. */
export const reportListQuery = z
  .object({
    status: z.enum(REPORT_STATUSES).optional().catch(undefined),
    organizationId: id().optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  .strip();
export type ReportListQuery = z.output<typeof reportListQuery>;

export const reportRefSchema = z.object({ id: id() }).strict();

/**
 * A month's metrics as a CSV file, for a draft report's editor: the preview reads it (settings
 * null: suggested from the file) and returns the figures it proposes; nothing is stored until
 * the editor saves the draft.
 */
export const metricsImportSchema = z
  .object({
    reportId: id(),
    csv: csvText(),
    settings: importSettingsSchema(METRICS_IMPORT_FIELDS).nullable(),
  })
  .strict();
export type MetricsImportInput = z.output<typeof metricsImportSchema>;
