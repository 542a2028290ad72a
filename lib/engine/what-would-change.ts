import type { AssessmentInput } from "./schema";
import { recommend } from "./classify";
import { conditionTotals } from "./conditions";
import { classificationCopy, type ChangeField, type InputChange } from "./changes";
import { countCost, growthLimit, singleChanges, type Candidate } from "./candidates";
import { COUNT_FIELDS, INPUT_FIELDS, type CountField } from "./fields";
import { CHANGE_FIELDS } from "./changes";
import { changeClause } from "./change-text";
import { text, type Text } from "./text";
import { SERVICE_MODELS, type ServiceModel } from "./vocabulary";

/** How many entries `whatWouldChange` returns at most. */
export const WHAT_WOULD_CHANGE_LIMIT = 3;

export interface WhatWouldChangeEntry {
  /** The first (for a single change, the only) field changed; `changes` lists them all. */
  field: ChangeField;
  from: InputChange["from"];
  to: InputChange["to"];
  /** Every change to apply together (one, or two when no single change flips the outcome). */
  changes: InputChange[];
  recommendation: ServiceModel;
  text: Text;
}

interface Flip {
  changes: InputChange[];
  cost: number;
  order: number[];
  recommendation: ServiceModel;
}

const valid = (input: AssessmentInput): boolean =>
  input.remoteUsers <= input.headcount && (input.itUsers === undefined || input.itUsers <= input.headcount);

/**
 * Inside a size zone the pressure moves gradually, so the boundaries alone would miss the exact
 * value where the answer changes: for each count, the smallest plausible growth that flips the
 * recommendation, by bisection (the engine is monotone in every count, a property test checks it).
 */
function exactCountFlips(input: AssessmentInput, baseline: ServiceModel): Flip[] {
  const flips: Flip[] = [];
  for (const field of COUNT_FIELDS) {
    const from = input[field];
    if (from === undefined) continue;
    const bound = field === "remoteUsers" || field === "itUsers" ? input.headcount : INPUT_FIELDS[field].max;
    const limit = Math.min(growthLimit(from, INPUT_FIELDS[field].max), bound);
    if (limit <= from) continue;
    const at = (value: number) => recommend(classificationCopy(input, { field, from, to: value } as InputChange));
    if (at(limit) === baseline) continue;
    let lo = from;
    let hi = limit;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (at(mid) === baseline) lo = mid;
      else hi = mid;
    }
    flips.push({
      changes: [{ field, from, to: hi } as InputChange],
      cost: countCost(from, hi),
      order: [CHANGE_FIELDS.indexOf(field as CountField)],
      recommendation: at(hi),
    });
  }
  return flips;
}

function tryFlip(input: AssessmentInput, baseline: ServiceModel, first: Candidate, second?: Candidate): Flip | null {
  const next = classificationCopy(input, first.change, second?.change);
  if (!valid(next)) return null;
  const recommendation = recommend(next);
  if (recommendation === baseline) return null;
  const parts = second ? [first, second] : [first];
  const cost = Math.round(parts.reduce((sum, p) => sum + p.cost, 0) * 1e6) / 1e6;
  return { changes: parts.map((p) => p.change), cost, order: parts.map((p) => p.fieldIndex), recommendation };
}

function compareFlips(a: Flip, b: Flip): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  for (let i = 0; i < Math.max(a.order.length, b.order.length); i += 1) {
    const d = (a.order[i] ?? -1) - (b.order[i] ?? -1);
    if (d !== 0) return d;
  }
  const ja = JSON.stringify(a.changes.map((c) => c.to));
  const jb = JSON.stringify(b.changes.map((c) => c.to));
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/**
 * Keeps the nearest flip per (fields, resulting recommendation); then the nearest flip toward
 * each other model (so a hybrid shows the way to both neighbours when both exist), then the
 * nearest others, up to `limit`, in distance order.
 */
function nearest(flips: Flip[], limit: number): Flip[] {
  const seen = new Set<string>();
  const distinct: Flip[] = [];
  for (const flip of [...flips].sort(compareFlips)) {
    const key = `${flip.changes.map((c) => c.field).join("+")}>${flip.recommendation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(flip);
  }
  const firstPerTarget = SERVICE_MODELS.map((model) => distinct.find((f) => f.recommendation === model)).filter(
    (flip): flip is Flip => flip !== undefined,
  );
  const chosen = new Set<Flip>(firstPerTarget.slice(0, limit));
  for (const flip of distinct) {
    if (chosen.size >= limit) break;
    chosen.add(flip);
  }
  return distinct.filter((flip) => chosen.has(flip));
}

const rank = (model: ServiceModel): number => SERVICE_MODELS.indexOf(model);

/**
 * The nearest changes that flip the recommendation, found by re-running the classification
 * (never `decide`, so no recursion) on modified inputs: every single-field candidate first
 * (about 30); then, for each direction (toward a more or a less managed model) that no single
 * change reaches, pairs of candidates on two different fields.
 *
 * Pairs are pruned by monotonicity (a property test checks it): a change toward more pressure
 * can never help reach a less managed model, and the other way round, so only pairs whose two
 * changes go the way of the target are tried. And BREAK_FIX needs all five conditions while one
 * field restores at most one (CONDITION_FIELDS), so no pair reaches it when three or more fail.
 * Bounded (at most a few hundred classifications of about a microsecond each), deterministic.
 */
export function searchFlips(input: AssessmentInput, baseline: ServiceModel, limit = WHAT_WOULD_CHANGE_LIMIT): Flip[] {
  const singles = singleChanges(input);
  const flips: Flip[] = exactCountFlips(input, baseline);
  for (const single of singles) {
    const flip = tryFlip(input, baseline, single);
    if (flip) flips.push(flip);
  }
  for (const direction of [1, -1] as const) {
    const target = rank(baseline) + direction;
    if (target < 0 || target >= SERVICE_MODELS.length) continue;
    if (SERVICE_MODELS[target] === "BREAK_FIX" && conditionTotals(input).failed > 2) continue;
    if (flips.some((flip) => Math.sign(rank(flip.recommendation) - rank(baseline)) === direction)) continue;
    const pool = singles.filter((single) => single.direction === direction);
    for (let i = 0; i < pool.length; i += 1) {
      for (let j = i + 1; j < pool.length; j += 1) {
        const first = pool[i];
        const second = pool[j];
        if (!first || !second || second.change.field === first.change.field) continue;
        const flip = tryFlip(input, baseline, first, second);
        if (flip) flips.push(flip);
      }
    }
  }
  return nearest(flips, limit);
}

export function whatWouldChange(input: AssessmentInput, baseline: ServiceModel): WhatWouldChangeEntry[] {
  return searchFlips(input, baseline).map((flip) => {
    const [first, second] = flip.changes;
    if (!first) throw new Error("a flip has at least one change");
    const model = text(`engine.model.${flip.recommendation}`);
    const sentence = second
      ? text("engine.whatWouldChange.pair", { first: changeClause(first), second: changeClause(second), model })
      : text("engine.whatWouldChange.single", { change: changeClause(first), model });
    return {
      field: first.field,
      from: first.from,
      to: first.to,
      changes: flip.changes,
      recommendation: flip.recommendation,
      text: sentence,
    };
  });
}
