import type { AssessmentInput } from "./schema";

/**
 * Seed, "When break fix can still make sense": "Very small environment. Low dependence on digital
 * tools. Few users. No strong continuity requirement. High tolerance for interruption." and
 * "As soon as those conditions disappear, the limits appear quickly." Break-fix is only ever
 * recommended while all five hold.
 */
export const CONDITION_KEYS = [
  "verySmallEnvironment",
  "lowDigitalDependence",
  "fewUsers",
  "noStrongContinuity",
  "highInterruptionTolerance",
] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];
export type ConditionState = Readonly<Record<ConditionKey, boolean>>;

export const BREAK_FIX_LIMITS = {
  /** "Very small environment": one site... */
  maxSites: 1,
  /** ...and "a few endpoints" (seed example 1: ten people, a few endpoints): at most 25 devices. */
  maxEndpoints: 25,
  /** "Few users": the seed's break-fix example is "an organization of ten people". */
  maxUsers: 10,
} as const;

/**
 * The fields each condition reads. No field feeds two conditions, so one changed field restores
 * at most one condition (the what-would-change search relies on it; a property test checks it).
 */
export const CONDITION_FIELDS: Readonly<Record<ConditionKey, readonly (keyof AssessmentInput)[]>> = {
  verySmallEnvironment: ["sites", "endpoints"],
  lowDigitalDependence: ["digitalDependence", "businessAppDependency"],
  fewUsers: ["headcount"],
  noStrongContinuity: ["continuityRequirement"],
  highInterruptionTolerance: ["interruptionTolerance"],
};

/** One predicate per condition: shared by the detailed state and the allocation-free count. */
export const CONDITION_TESTS: Readonly<Record<ConditionKey, (input: AssessmentInput) => boolean>> = {
  verySmallEnvironment: (input) =>
    input.sites <= BREAK_FIX_LIMITS.maxSites && input.endpoints <= BREAK_FIX_LIMITS.maxEndpoints,
  // Business tools such as an ERP are digital tools: strong dependence on them is not "low".
  lowDigitalDependence: (input) => input.digitalDependence === "low" && input.businessAppDependency !== "high",
  fewUsers: (input) => input.headcount <= BREAK_FIX_LIMITS.maxUsers,
  noStrongContinuity: (input) => input.continuityRequirement !== "strong",
  highInterruptionTolerance: (input) => input.interruptionTolerance === "high",
};

export function evaluateConditions(input: AssessmentInput): ConditionState {
  return {
    verySmallEnvironment: CONDITION_TESTS.verySmallEnvironment(input),
    lowDigitalDependence: CONDITION_TESTS.lowDigitalDependence(input),
    fewUsers: CONDITION_TESTS.fewUsers(input),
    noStrongContinuity: CONDITION_TESTS.noStrongContinuity(input),
    highInterruptionTolerance: CONDITION_TESTS.highInterruptionTolerance(input),
  };
}

/** How many of the five conditions fail (no allocation: the what-would-change search calls it a lot). */
export function countFailed(input: AssessmentInput): number {
  const t = CONDITION_TESTS;
  return (
    (t.verySmallEnvironment(input) ? 0 : 1) +
    (t.lowDigitalDependence(input) ? 0 : 1) +
    (t.fewUsers(input) ? 0 : 1) +
    (t.noStrongContinuity(input) ? 0 : 1) +
    (t.highInterruptionTolerance(input) ? 0 : 1)
  );
}
