import { z } from "zod";
import type { PostureResult } from "@/lib/posture/score";
import { CSF_FUNCTIONS } from "@/lib/posture/vocabulary";

const score = z.number().min(0).max(100).nullable();
const functionScore = z.object({
  score,
  questions: z.number().int().min(0),
  applicable: z.number().int().min(0),
  notApplicable: z.number().int().min(0),
});

export const postureResultSchema = z.object({
  catalogVersion: z.string(),
  scoringVersion: z.string(),
  functions: z.record(z.enum(CSF_FUNCTIONS), functionScore),
  overall: score,
});

/**
 * Reads a stored result as it was computed (never recomputed). A damaged or unknown shape reads
 * as null ("no result"), so a page shows what it can instead of crashing.
 */
export function readPostureResult(raw: unknown): PostureResult | null {
  const parsed = postureResultSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
