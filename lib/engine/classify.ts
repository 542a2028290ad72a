import type { AssessmentInput } from "./schema";
import { evaluateConditions, type ConditionState } from "./conditions";
import { evaluateTriggers, presentTriggers, type TriggerState } from "./triggers";
import { computePressure, SMALL_MANAGED_SHIFT, type Pressure } from "./pressure";
import {
  AGREEMENT,
  THRESHOLDS,
  confidenceOf,
  higherConfidence,
  positionOf,
  scoresAt,
  selectRecommendation,
  type Confidence,
  type Scores,
  type Thresholds,
} from "./score";
import type { ServiceModel } from "./vocabulary";

export interface Classification {
  conditions: ConditionState;
  triggers: TriggerState;
  pressure: Pressure;
  thresholds: Thresholds;
  position: number;
  scores: Scores;
  /** What the operating logic points to: the argmax of the scores. */
  fit: ServiceModel;
  /** The recommendation: the fit, or a hybrid first step toward it when the client wishes a gradual move. */
  recommendation: ServiceModel;
  /** Set when the recommendation is a transition phase toward a more managed model (the client's wish). */
  transitionToward: ServiceModel | null;
  confidence: Confidence;
}

/** The thresholds for this input: the managed one rises with smallness (pressure.ts). */
export function thresholdsFor(pressure: Pressure): Thresholds {
  const shift = SMALL_MANAGED_SHIFT * pressure.conditions.smallness;
  return {
    hybrid: THRESHOLDS.hybrid,
    managed: THRESHOLDS.managed + shift,
    saturation: THRESHOLDS.saturation + shift,
  };
}

/** Seed: hybrid "can serve as a transition phase when the organization does not want to move immediately to full managed services". */
const withWish = (fit: ServiceModel, input: AssessmentInput): ServiceModel =>
  fit === "MANAGED" && input.gradualTransition === true ? "HYBRID" : fit;

function agreement(
  fit: ServiceModel,
  input: AssessmentInput,
  c: { triggers: TriggerState; conditions: ConditionState },
): Confidence {
  const present = presentTriggers(c.triggers).length;
  if (fit === "MANAGED") {
    const strong = c.triggers.businessToolDependence && c.triggers.continuityRequirements;
    return strong || present >= AGREEMENT.managedTriggers ? "high" : "low";
  }
  if (fit === "BREAK_FIX") {
    const full = Object.values(c.conditions).every((degree) => degree === 1);
    return full && present === 0 && !input.needsMonthlySteering && !input.needsPredictableBudget ? "high" : "low";
  }
  return "low";
}

/**
 * The operating logic, without any text: conditions, triggers, pressure, scores, recommendation.
 * `decide` presents it; the what-would-change search re-runs `recommend` on modified inputs (and
 * never recurses into the search itself).
 */
export function classify(input: AssessmentInput): Classification {
  const conditions = evaluateConditions(input);
  const triggers = evaluateTriggers(input);
  const pressure = computePressure(input, THRESHOLDS.hybrid);
  const thresholds = thresholdsFor(pressure);
  const position = positionOf(pressure.effective, thresholds);
  const scores = scoresAt(position);
  const fit = selectRecommendation(scores);
  const recommendation = withWish(fit, input);
  return {
    conditions,
    triggers,
    pressure,
    thresholds,
    position,
    scores,
    fit,
    recommendation,
    transitionToward: recommendation !== fit ? fit : null,
    confidence: higherConfidence(confidenceOf(scores), agreement(fit, input, { triggers, conditions })),
  };
}

/**
 * The same recommendation as `classify(input).recommendation` (a property test checks it),
 * without building the detailed state: what the what-would-change search runs on every candidate.
 */
export function recommend(input: AssessmentInput): ServiceModel {
  const pressure = computePressure(input, THRESHOLDS.hybrid);
  return withWish(selectRecommendation(scoresAt(positionOf(pressure.effective, thresholdsFor(pressure)))), input);
}
