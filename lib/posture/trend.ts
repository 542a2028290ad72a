import { z } from "zod";
import type { PostureResult } from "@/lib/posture/score";
import { CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";

/** How many finalized posture assessments a steering report shows (newest last). */
export const POSTURE_TREND_POINTS = 6;

export type PostureTrendPoint = {
  assessmentId: string;
  /** "YYYY-MM-DD" the assessment was finalized (UTC). */
  date: string;
  /** The latest as-of date of its answers: how recent the facts behind the scores are. */
  asOf: string | null;
  overall: number | null;
  functions: Record<CsfFunction, number | null>;
};

/** What a steering report carries about security posture (SteeringReport.posture once published). */
export type PostureTrend = { points: PostureTrendPoint[] };

const score = z.number().min(0).max(100).nullable();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const postureTrendSchema = z
  .object({
    points: z
      .array(
        z
          .object({
            assessmentId: z.string(),
            date: day,
            asOf: day.nullable(),
            overall: score,
            functions: z.record(z.enum(CSF_FUNCTIONS), score),
          })
          .strict(),
      )
      .max(POSTURE_TREND_POINTS),
  })
  .strict();

/**
 * The posture trend of one organization from its finalized assessments (any order in, oldest
 * first out, at most POSTURE_TREND_POINTS, newest kept). Rows without a readable result are skipped.
 */
export function buildPostureTrend(
  rows: readonly { id: string; finalizedAt: Date; latestAsOf: Date | null; result: PostureResult | null }[],
): PostureTrend {
  const points = rows
    .filter((r): r is typeof r & { result: PostureResult } => r.result !== null)
    .sort((a, b) => a.finalizedAt.getTime() - b.finalizedAt.getTime() || a.id.localeCompare(b.id))
    .slice(-POSTURE_TREND_POINTS)
    .map((r): PostureTrendPoint => ({
      assessmentId: r.id,
      date: r.finalizedAt.toISOString().slice(0, 10),
      asOf: r.latestAsOf ? r.latestAsOf.toISOString().slice(0, 10) : null,
      overall: r.result.overall,
      functions: Object.fromEntries(CSF_FUNCTIONS.map((fn) => [fn, r.result.functions[fn]?.score ?? null])) as Record<
        CsfFunction,
        number | null
      >,
    }));
  return { points };
}

/** A stored trend, read leniently: anything unreadable is "no posture data". */
export function readPostureTrend(raw: unknown): PostureTrend | null {
  if (raw === null || raw === undefined) return null;
  const parsed = postureTrendSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
