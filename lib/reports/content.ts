import { z } from "zod";

/**
 * The content of a monthly steering report (service review), stored as JSON
 * columns on SteeringReport. A metric that was not provided is ABSENT (or its
 * value is null): the UI and PDF show "no data", never zero.
 */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const source = z.string().trim().max(120).nullable();

export const numericMetric = (min: number, max: number) =>
  z.object({ value: z.number().min(min).max(max).nullable(), source, asOf: isoDay.nullable() }).strict();

export const METRIC_KEYS = [
  "incidentsOpened",
  "incidentsResolved",
  "majorIncidents",
  "mttrHours",
  "backupJobsSucceeded",
  "backupJobsFailed",
  "lastRestoreTest",
  "patchCompliancePct",
  "availabilityPct",
  "ticketsByCategory",
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** A ticket category; `count: null` = the category is tracked but has no figure this month ("no data"). */
export const ticketCategory = z
  .object({ category: z.string().trim().min(1).max(60), count: z.number().int().min(0).max(1_000_000).nullable() })
  .strict();

export const metricsSchema = z
  .object({
    incidentsOpened: numericMetric(0, 1_000_000).refine((m) => m.value === null || Number.isInteger(m.value)),
    incidentsResolved: numericMetric(0, 1_000_000).refine((m) => m.value === null || Number.isInteger(m.value)),
    majorIncidents: numericMetric(0, 10_000).refine((m) => m.value === null || Number.isInteger(m.value)),
    mttrHours: numericMetric(0, 10_000),
    backupJobsSucceeded: numericMetric(0, 1_000_000).refine((m) => m.value === null || Number.isInteger(m.value)),
    backupJobsFailed: numericMetric(0, 1_000_000).refine((m) => m.value === null || Number.isInteger(m.value)),
    lastRestoreTest: z.object({ value: isoDay.nullable(), source, asOf: isoDay.nullable() }).strict(),
    patchCompliancePct: numericMetric(0, 100),
    availabilityPct: numericMetric(0, 100),
    ticketsByCategory: z
      .object({ value: z.array(ticketCategory).max(30).nullable(), source, asOf: isoDay.nullable() })
      .strict(),
  })
  .partial()
  .strict();

const narrativeText = z.string().trim().max(5_000).nullable();
export const narrativeSchema = z
  .object({ highlights: narrativeText, risks: narrativeText, decisionsNeeded: narrativeText })
  .partial()
  .strict();

export const recommendationSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    detail: z.string().trim().max(2_000).nullable(),
    priority: z.enum(["high", "medium", "low"]),
  })
  .strict();

export const ROADMAP_STATUSES = ["planned", "in_progress", "done", "blocked"] as const;
export const roadmapItemSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    status: z.enum(ROADMAP_STATUSES),
    targetQuarter: z.string().regex(/^20\d{2}-Q[1-4]$/),
  })
  .strict();

/** Run costs sit inside the managed contract; projects (migration, renewal, network redesign) outside it. */
export const budgetLineSchema = z
  .object({
    label: z.string().trim().min(1).max(200),
    kind: z.enum(["run", "project"]),
    amount: z.number().min(0).max(100_000_000),
    note: z.string().trim().max(500).nullable(),
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
export type ReportContent = z.infer<typeof reportContentSchema>;
