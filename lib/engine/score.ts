import { SERVICE_MODELS, type ServiceModel } from "./vocabulary";

/**
 * Thresholds on the effective pressure (pressure.ts):
 * - below `hybrid` (6), with the five conditions holding: BREAK_FIX. Seed: "This model can work
 *   as long as the information system remains only lightly critical and relatively simple." One
 *   trigger (3) keeps break-fix; two (2 × 3) leave it: seed example 3 (Microsoft 365 + backups
 *   to watch) is hybrid even when the organization is tiny.
 * - from `hybrid` to below `managed` (11): HYBRID. Seed: "a limited managed package for specific
 *   services such as backups and Microsoft 365": few triggers, concentrated on specific services.
 * - from `managed`: MANAGED, "many triggers / strong dependence". For a very small environment
 *   the managed threshold rises (pressure.ts, SMALL_MANAGED_SHIFT).
 * - `saturation` (20, shifted the same way): scores stop moving beyond it.
 */
export const THRESHOLDS = { hybrid: 6, managed: 11, saturation: 20 } as const;
export type Thresholds = { readonly hybrid: number; readonly managed: number; readonly saturation: number };

export type Scores = Readonly<Record<ServiceModel, number>>;
export type Confidence = "low" | "medium" | "high";

const THIRD = 100 / 3;

/** Maps effective pressure to a position 0-100 with the thresholds at 33.3 and 66.7. */
export function positionOf(effective: number, t: Thresholds = THRESHOLDS): number {
  if (effective < t.hybrid) return (Math.max(effective, 0) / t.hybrid) * THIRD;
  if (effective < t.managed) return THIRD + ((effective - t.hybrid) / (t.managed - t.hybrid)) * THIRD;
  return 2 * THIRD + ((Math.min(effective, t.saturation) - t.managed) / (t.saturation - t.managed)) * THIRD;
}

const clampScore = (value: number): number => Math.round(Math.min(100, Math.max(0, value)));

/**
 * Three fit curves over the position: break-fix falls from 100 at 0 to 0 at 66.7, hybrid peaks
 * at 50 (0 at 16.7 and 83.3), managed rises from 0 at 33.3 to 100 at 100. Neighbours cross at
 * exactly 50 on the thresholds, so the argmax is the threshold rule. Integers.
 */
export function scoresAt(position: number): Scores {
  return {
    BREAK_FIX: clampScore(100 * (1 - position / (2 * THIRD))),
    HYBRID: clampScore(100 * (1 - Math.abs(position - 50) / THIRD)),
    MANAGED: clampScore(100 * (1 - (100 - position) / (2 * THIRD))),
  };
}

/** Argmax; on a tie the more managed model wins ("as soon as those conditions disappear..."). */
export function selectRecommendation(scores: Scores): ServiceModel {
  let best: ServiceModel = "BREAK_FIX";
  for (const model of SERVICE_MODELS) if (scores[model] >= scores[best]) best = model;
  return best;
}

/** Margin between the top two scores. */
export function marginOf(scores: Scores): number {
  const sorted = SERVICE_MODELS.map((model) => scores[model]).sort((a, b) => b - a);
  return (sorted[0] ?? 0) - (sorted[1] ?? 0);
}

/** high: margin >= 30 points; medium: >= 12; low otherwise (close to a threshold). */
export const CONFIDENCE_MARGINS = { high: 30, medium: 12 } as const;

export function confidenceOf(scores: Scores): Confidence {
  const margin = marginOf(scores);
  if (margin >= CONFIDENCE_MARGINS.high) return "high";
  if (margin >= CONFIDENCE_MARGINS.medium) return "medium";
  return "low";
}

/**
 * Agreement also makes a recommendation certain, not only the distance to a threshold
 * ("confidence is high when several strong managed triggers agree"): managed services with both
 * strong dependences (business tools, continuity) or with four of the six situations present;
 * break-fix with every condition fully holding and nothing pointing the other way.
 */
export const AGREEMENT = { managedTriggers: 4 } as const;

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
export const higherConfidence = (a: Confidence, b: Confidence): Confidence => (RANK[a] >= RANK[b] ? a : b);
