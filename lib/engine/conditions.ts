import type { AssessmentInput } from "./schema";
import { usersOf } from "./estimates";

/**
 * Seed, "When break fix can still make sense": "Very small environment. Low dependence on digital
 * tools. Few users. No strong continuity requirement. High tolerance for interruption." and
 * "As soon as those conditions disappear, the limits appear quickly."
 *
 * Each condition holds to a degree between 0 and 1. Size is graded (a zone, not one threshold):
 * "very small environment" counts the endpoints, servers included, on one site; "few users"
 * counts the people who depend on IT daily. The other three are yes or no.
 */
export const CONDITION_KEYS = [
  "verySmallEnvironment",
  "lowDigitalDependence",
  "fewUsers",
  "noStrongContinuity",
  "highInterruptionTolerance",
] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];
export type ConditionState = Readonly<Record<ConditionKey, number>>;

/**
 * The zones: fully small up to `full`, no longer small from `none`, linearly in between. The
 * seed's break-fix example is "an organization of ten people with a few endpoints"; its forty
 * people are "already in a different situation".
 */
export const SIZE_ZONES = {
  endpoints: { full: 15, none: 35 },
  users: { full: 10, none: 25 },
  /** "Very small" is one site. */
  maxSites: 1,
} as const;

/** A condition "holds" (shown as such, and required for break-fix) from this degree. */
export const HOLDS_FROM = 0.5;

const ramp = (value: number, zone: { full: number; none: number }): number =>
  value <= zone.full
    ? 1
    : value >= zone.none
      ? 0
      : Math.round(((zone.none - value) / (zone.none - zone.full)) * 1e6) / 1e6;

/**
 * The fields each condition reads. No field feeds two conditions, so one changed field moves at
 * most one condition (the what-would-change search relies on it; a property test checks it).
 */
export const CONDITION_FIELDS: Readonly<Record<ConditionKey, readonly (keyof AssessmentInput)[]>> = {
  verySmallEnvironment: ["sites", "endpoints"],
  lowDigitalDependence: ["digitalDependence", "businessAppDependency"],
  fewUsers: ["itUsers", "headcount"],
  noStrongContinuity: ["continuityRequirement"],
  highInterruptionTolerance: ["interruptionTolerance"],
};

/** One degree function per condition: shared by the detailed state and the allocation-free totals. */
export const CONDITION_DEGREES: Readonly<Record<ConditionKey, (input: AssessmentInput) => number>> = {
  verySmallEnvironment: (input) =>
    input.sites <= SIZE_ZONES.maxSites ? ramp(input.endpoints, SIZE_ZONES.endpoints) : 0,
  // Business tools such as an ERP are digital tools: strong dependence on them is not "low".
  lowDigitalDependence: (input) =>
    input.digitalDependence === "low" && input.businessAppDependency !== "high" ? 1 : 0,
  fewUsers: (input) => ramp(usersOf(input), SIZE_ZONES.users),
  noStrongContinuity: (input) => (input.continuityRequirement !== "strong" ? 1 : 0),
  highInterruptionTolerance: (input) => (input.interruptionTolerance === "high" ? 1 : 0),
};

export function evaluateConditions(input: AssessmentInput): ConditionState {
  return {
    verySmallEnvironment: CONDITION_DEGREES.verySmallEnvironment(input),
    lowDigitalDependence: CONDITION_DEGREES.lowDigitalDependence(input),
    fewUsers: CONDITION_DEGREES.fewUsers(input),
    noStrongContinuity: CONDITION_DEGREES.noStrongContinuity(input),
    highInterruptionTolerance: CONDITION_DEGREES.highInterruptionTolerance(input),
  };
}

export interface ConditionTotals {
  /** Break-fix coherence: the weakest condition (1 = all hold fully). */
  coherence: number;
  /** How much is missing in all: the sum of (1 − degree). */
  missing: number;
  /** How small the environment is: the weaker of "very small" and "few users". */
  smallness: number;
  /** Conditions below HOLDS_FROM. */
  failed: number;
}

/** The totals the pressure needs, without allocating (the what-would-change search calls it a lot). */
export function conditionTotals(input: AssessmentInput): ConditionTotals {
  const d = CONDITION_DEGREES;
  const small = d.verySmallEnvironment(input);
  const users = d.fewUsers(input);
  const digital = d.lowDigitalDependence(input);
  const continuity = d.noStrongContinuity(input);
  const tolerance = d.highInterruptionTolerance(input);
  const degrees = [small, digital, users, continuity, tolerance];
  let missing = 0;
  let failed = 0;
  for (const degree of degrees) {
    missing += 1 - degree;
    if (degree < HOLDS_FROM) failed += 1;
  }
  return {
    coherence: Math.min(small, digital, users, continuity, tolerance),
    missing: Math.round(missing * 1e6) / 1e6,
    smallness: Math.min(small, users),
    failed,
  };
}
