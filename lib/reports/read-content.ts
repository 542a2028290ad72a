import {
  budgetLineSchema,
  metricsSchema,
  narrativeSchema,
  recommendationSchema,
  roadmapItemSchema,
  type ReportContent,
} from "@/lib/reports/content";
import { z } from "zod";

type StoredContent = {
  metrics: unknown;
  narrative: unknown;
  recommendations: unknown;
  roadmap: unknown;
  budget: unknown;
};

/**
 * Reads a report's JSON columns into typed content. Each metric and each list
 * item is checked on its own: a damaged entry (hand-edited data, an older
 * shape) is left out — it reads as "no data" — and never breaks the page or
 * the PDF. `damaged` lists what was dropped, for a log line.
 */
export function readContent(row: StoredContent): { content: ReportContent; damaged: string[] } {
  const damaged: string[] = [];
  const metrics = readMetrics(row.metrics, damaged);
  const narrative = narrativeSchema.safeParse(isRecord(row.narrative) ? row.narrative : {});
  if (!narrative.success) damaged.push("narrative");
  return {
    content: {
      metrics,
      narrative: narrative.success ? narrative.data : {},
      recommendations: list(row.recommendations, recommendationSchema, "recommendations", damaged),
      roadmap: list(row.roadmap, roadmapItemSchema, "roadmap", damaged),
      budget: list(row.budget, budgetLineSchema, "budget", damaged),
    },
    damaged,
  };
}

/** The metrics column alone (trends): each metric checked on its own, damaged ones left out. */
export function readMetrics(raw: unknown, damaged: string[] = []): ReportContent["metrics"] {
  const metrics: Record<string, unknown> = {};
  const shapes = metricsSchema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(isRecord(raw) ? raw : {})) {
    if (value === null || value === undefined) continue;
    const parsed = shapes[key]?.safeParse(value);
    if (parsed?.success) metrics[key] = parsed.data;
    else damaged.push(`metrics.${key}`);
  }
  return metrics as ReportContent["metrics"];
}

function list<T>(value: unknown, schema: z.ZodType<T>, name: string, damaged: string[]): T[] {
  if (!Array.isArray(value)) {
    if (value !== null && value !== undefined) damaged.push(name);
    return [];
  }
  const out: T[] = [];
  value.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else damaged.push(`${name}.${i}`);
  });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
