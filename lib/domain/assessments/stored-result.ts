import type { BreakFixCondition, CostComparison, EngineResult, GridRow, ModelCosts, MspTrigger } from "@/lib/engine";
import type { WhatWouldChangeEntry } from "@/lib/engine/what-would-change";
import { isStoredText, type StoredText } from "@/lib/i18n/engine-text";

type Band = "cumulativeLow" | "cumulativeHigh" | "totalLow" | "totalHigh";
/** One model's costs as stored: the band (low–high) exists from engine 2026.12.1 on. */
export type StoredModelCosts = Omit<ModelCosts, Band> & Partial<Pick<ModelCosts, Band>>;

/**
 * The cost comparison as stored: notes are texts, or sentences for results of engines up to
 * 2026.11.1; assumptions and their sources keep the names the engine that computed them used.
 */
export type StoredCosts = Omit<CostComparison, "notes" | "BREAK_FIX" | "HYBRID" | "MANAGED" | "fees"> & {
  notes: StoredText[];
  /** The recurring models' monthly contract price: stored from 2026-12-01 on. */
  fees?: CostComparison["fees"];
  BREAK_FIX: StoredModelCosts;
  HYBRID: StoredModelCosts;
  MANAGED: StoredModelCosts;
};

/**
 * A stored engine result as the result page reads it: the stored JSON, never recomputed. Every
 * human text is a `StoredText`: a code with parameters (rendered in the reader's locale) or, for
 * results finalized by an older engine, the English sentence it stored (shown as stored).
 */
export type StoredResult = Pick<
  EngineResult,
  "recommendation" | "scores" | "confidence" | "engineVersion" | "transitionToward"
> & {
  grid: (Omit<GridRow, "situation"> & { situation: StoredText })[];
  breakFixConditions: (Omit<BreakFixCondition, "condition"> & { condition: StoredText })[];
  mspTriggers: (Omit<MspTrigger, "trigger"> & { trigger: StoredText })[];
  managedScope: string[];
  reasons: StoredText[];
  whatWouldChange: (Omit<WhatWouldChangeEntry, "text"> & { text: StoredText })[];
  costs: StoredCosts | null;
};

const MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const list = <T>(v: unknown, keep: (x: unknown) => boolean): T[] => (Array.isArray(v) ? (v.filter(keep) as T[]) : []);

function costsOf(v: unknown): StoredCosts | null {
  if (!isObject(v) || typeof v.horizonMonths !== "number") return null;
  const series = (m: string) =>
    isObject(v[m]) &&
    Array.isArray((v[m] as Record<string, unknown>).cumulative) &&
    Array.isArray((v[m] as Record<string, unknown>).monthly);
  if (!MODELS.every(series)) return null;
  return {
    ...(v as unknown as StoredCosts),
    breakEvenMonth: typeof v.breakEvenMonth === "number" ? v.breakEvenMonth : null,
    notes: list<StoredText>(v.notes, isStoredText),
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
 * (never filled in by today's engine). Texts may be codes (today) or sentences (up to 2026.11.1).
 * Null when it is not a result at all.
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
    // From engine 2026.12.1 on: the more managed model a hybrid first step leads to; null before.
    transitionToward: MODELS.includes(json.transitionToward as (typeof MODELS)[number])
      ? (json.transitionToward as EngineResult["transitionToward"])
      : null,
    grid: list(json.grid, (r) => isObject(r) && isStoredText(r.situation)),
    breakFixConditions: list(json.breakFixConditions, (c) => isObject(c) && isStoredText(c.condition)),
    mspTriggers: list(json.mspTriggers, (c) => isObject(c) && isStoredText(c.trigger)),
    managedScope: list(json.managedScope, (s) => typeof s === "string"),
    reasons: list(json.reasons, isStoredText),
    whatWouldChange: list(
      json.whatWouldChange,
      (e) => isObject(e) && isStoredText(e.text) && MODELS.includes(e.recommendation as (typeof MODELS)[number]),
    ),
    costs: costsOf(json.costs),
    engineVersion: typeof json.engineVersion === "string" ? json.engineVersion : "",
  };
}
