import type { CostComparison, EngineResult } from "@/lib/engine";

/** A stored engine result as the result page reads it: the stored JSON, never recomputed. */
export type StoredResult = Omit<EngineResult, "costs"> & { costs: CostComparison | null };

const MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const list = <T>(v: unknown, keep: (x: unknown) => boolean): T[] => (Array.isArray(v) ? (v.filter(keep) as T[]) : []);

function costsOf(v: unknown): CostComparison | null {
  if (!isObject(v) || typeof v.horizonMonths !== "number") return null;
  const series = (m: string) =>
    isObject(v[m]) &&
    Array.isArray((v[m] as Record<string, unknown>).cumulative) &&
    Array.isArray((v[m] as Record<string, unknown>).monthly);
  if (!MODELS.every(series)) return null;
  return {
    ...(v as unknown as CostComparison),
    breakEvenMonth: typeof v.breakEvenMonth === "number" ? v.breakEvenMonth : null,
    notes: list<string>(v.notes, (n) => typeof n === "string"),
    outsideContract: list(v.outsideContract, (n) => typeof n === "string"),
    assumptions: isObject(v.assumptions)
      ? (v.assumptions as CostComparison["assumptions"])
      : ({} as CostComparison["assumptions"]),
    assumptionSources: isObject(v.assumptionSources)
      ? (v.assumptionSources as CostComparison["assumptionSources"])
      : ({} as CostComparison["assumptionSources"]),
  };
}

/**
 * Reads the stored JSON leniently: a result written by another engine version may lack a part
 * or have an extra one; what is there is shown as it was computed, what is missing is left out
 * (never filled in by today's engine). Null when it is not a result at all.
 */
export function readStoredResult(json: unknown): StoredResult | null {
  if (!isObject(json) || !MODELS.includes(json.recommendation as (typeof MODELS)[number])) return null;
  const scores = isObject(json.scores) ? json.scores : {};
  return {
    recommendation: json.recommendation as EngineResult["recommendation"],
    scores: {
      BREAK_FIX: Number(scores.BREAK_FIX) || 0,
      HYBRID: Number(scores.HYBRID) || 0,
      MANAGED: Number(scores.MANAGED) || 0,
    },
    confidence: (typeof json.confidence === "string" ? json.confidence : "") as EngineResult["confidence"],
    grid: list(json.grid, (r) => isObject(r) && typeof r.situation === "string"),
    breakFixConditions: list(json.breakFixConditions, (c) => isObject(c) && typeof c.condition === "string"),
    mspTriggers: list(json.mspTriggers, (c) => isObject(c) && typeof c.trigger === "string"),
    managedScope: list(json.managedScope, (s) => typeof s === "string"),
    reasons: list(json.reasons, (s) => typeof s === "string"),
    whatWouldChange: list(
      json.whatWouldChange,
      (e) => isObject(e) && typeof e.text === "string" && MODELS.includes(e.recommendation as (typeof MODELS)[number]),
    ),
    costs: costsOf(json.costs),
    engineVersion: typeof json.engineVersion === "string" ? json.engineVersion : "",
  };
}
