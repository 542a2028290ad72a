import type { AssessmentInput } from "./schema";
import { evaluateConditions, type ConditionState } from "./conditions";
import { evaluateTriggers, type TriggerState } from "./triggers";
import { computePressure, type Pressure } from "./pressure";
import { THRESHOLDS, positionOf, scoresAt, selectRecommendation, type Scores } from "./score";
import type { ServiceModel } from "./vocabulary";

export interface Classification {
  conditions: ConditionState;
  triggers: TriggerState;
  pressure: Pressure;
  position: number;
  scores: Scores;
  recommendation: ServiceModel;
}

/**
 * The operating logic, without any text: conditions, triggers, pressure, scores, recommendation.
 * `decide` presents it; the what-would-change search re-runs it on modified inputs (and never
 * recurses into the search itself).
 */
export function classify(input: AssessmentInput): Classification {
  const conditions = evaluateConditions(input);
  const triggers = evaluateTriggers(input);
  const pressure = computePressure(input, THRESHOLDS.hybrid);
  const position = positionOf(pressure.effective);
  const scores = scoresAt(position);
  return { conditions, triggers, pressure, position, scores, recommendation: selectRecommendation(scores) };
}

/** Recommendation by effective pressure, memoized: pressure takes few distinct values (steps of 0.5). */
const byPressure = new Map<number, ServiceModel>();

/**
 * The same recommendation as `classify(input).recommendation` (a property test checks it),
 * without building the detailed state: what the what-would-change search runs on every candidate.
 */
export function recommend(input: AssessmentInput): ServiceModel {
  const { effective } = computePressure(input, THRESHOLDS.hybrid);
  let model = byPressure.get(effective);
  if (model === undefined) {
    model = selectRecommendation(scoresAt(positionOf(effective)));
    byPressure.set(effective, model);
  }
  return model;
}
