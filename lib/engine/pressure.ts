import type { AssessmentInput } from "./schema";
import { countFailed } from "./conditions";
import { TRIGGER_TESTS } from "./triggers";

/**
 * MSP pressure: how strongly the environment calls for continuous follow-up. Every weight is a
 * multiple of 0.5 and every term is non-decreasing in the signals the seed names, so the
 * recommendation is monotone (adding a site never moves it toward break-fix).
 *
 * The six seed triggers dominate ("When MSP becomes more relevant"); the two "strong dependence"
 * ones weigh more because the seed ends on them: "The real criterion is not only price. It is the
 * place digital tools hold in the business and the level of interruption the business can tolerate."
 */
export const TRIGGER_WEIGHTS = {
  severalSites: 3,
  remoteAccess: 3,
  monitoredBackups: 3,
  cloudServices: 3,
  continuityRequirements: 4,
  businessToolDependence: 4,
} as const;

/** More of the same trigger adds a little: a third site, ten remote users, each extra cloud service. */
export const TRIGGER_EXTRAS = {
  sitesFrom: 3,
  sites: 1,
  remoteUsersFrom: 10,
  remoteUsers: 1,
  perExtraCloudService: 0.5,
} as const;

/**
 * Context that is not a trigger but shades the picture (size, criticality, the grid's budget and
 * steering needs, unchecked backups). Capped so that it can never outweigh a trigger on its own:
 * seed example 3 ("whose only triggers are Microsoft 365 and backups") stays hybrid whatever its
 * context.
 */
export const MODIFIER_CAP = 3.5;

/** "Few users" is at most 10 (conditions.ts); beyond it, size adds context in tiers. */
export const HEADCOUNT_TIERS = [
  { above: 50, points: 3 },
  { above: 25, points: 2 },
  { above: 10, points: 1 },
] as const;
/** "Very small environment" is at most 25 endpoints (conditions.ts); beyond it, tiers. */
export const ENDPOINT_TIERS = [
  { above: 50, points: 1 },
  { above: 25, points: 0.5 },
] as const;
/**
 * "It is the place digital tools hold in the business and the level of interruption the business
 * can tolerate": each step up the criticality scales adds half a point.
 */
const LEVEL_POINTS = {
  digitalDependence: { low: 0, medium: 0.5, high: 1 },
  interruptionTolerance: { high: 0, medium: 0.5, low: 1 },
  continuityRequirement: { none: 0, moderate: 0.5, strong: 1 },
  businessAppDependency: { none: 0, low: 0.5, high: 1 },
  backups: { none: 0, unmonitored: 0.5, monitored: 0.5 },
} as const;
export const MODIFIER_POINTS = {
  /** Seed example 2 lists "central document sharing" among what makes it "a different situation". */
  centralFileSharing: 0.5,
  /** Grid: "Need for predictable run budget | Low visibility | Good visibility". */
  needsPredictableBudget: 1,
  /** Grid: "Need for monthly service steering | Poor fit | Good fit" (the strongest grid mismatch). */
  needsMonthlySteering: 2,
} as const;

/** When a break-fix condition fails, pressure is lifted at least to `hybrid + 0.5 × failed`. */
export const PER_FAILED_CONDITION = 0.5;

function tier(value: number, tiers: readonly { above: number; points: number }[]): number {
  for (const t of tiers) if (value > t.above) return t.points;
  return 0;
}

export function triggerPoints(input: AssessmentInput): number {
  let points = 0;
  if (TRIGGER_TESTS.severalSites(input)) points += TRIGGER_WEIGHTS.severalSites;
  if (input.sites >= TRIGGER_EXTRAS.sitesFrom) points += TRIGGER_EXTRAS.sites;
  if (TRIGGER_TESTS.remoteAccess(input)) points += TRIGGER_WEIGHTS.remoteAccess;
  if (input.remoteUsers >= TRIGGER_EXTRAS.remoteUsersFrom) points += TRIGGER_EXTRAS.remoteUsers;
  if (TRIGGER_TESTS.monitoredBackups(input)) points += TRIGGER_WEIGHTS.monitoredBackups;
  if (TRIGGER_TESTS.cloudServices(input)) {
    points += TRIGGER_WEIGHTS.cloudServices;
    points += (input.cloudServices.length - 1) * TRIGGER_EXTRAS.perExtraCloudService;
  }
  if (TRIGGER_TESTS.continuityRequirements(input)) points += TRIGGER_WEIGHTS.continuityRequirements;
  if (TRIGGER_TESTS.businessToolDependence(input)) points += TRIGGER_WEIGHTS.businessToolDependence;
  return points;
}

export function modifierPoints(input: AssessmentInput): number {
  const raw =
    tier(input.headcount, HEADCOUNT_TIERS) +
    tier(input.endpoints, ENDPOINT_TIERS) +
    LEVEL_POINTS.digitalDependence[input.digitalDependence] +
    LEVEL_POINTS.interruptionTolerance[input.interruptionTolerance] +
    LEVEL_POINTS.continuityRequirement[input.continuityRequirement] +
    LEVEL_POINTS.businessAppDependency[input.businessAppDependency] +
    LEVEL_POINTS.backups[input.backups] +
    (input.centralFileSharing ? MODIFIER_POINTS.centralFileSharing : 0) +
    (input.needsPredictableBudget ? MODIFIER_POINTS.needsPredictableBudget : 0) +
    (input.needsMonthlySteering ? MODIFIER_POINTS.needsMonthlySteering : 0);
  return Math.min(raw, MODIFIER_CAP);
}

export interface Pressure {
  /** Trigger points + capped modifier points. */
  raw: number;
  /** `raw`, lifted into the hybrid zone when a break-fix condition fails. */
  effective: number;
  failedConditions: number;
}

export function computePressure(input: AssessmentInput, hybridThreshold: number): Pressure {
  const raw = triggerPoints(input) + modifierPoints(input);
  const failedConditions = countFailed(input);
  const effective =
    failedConditions === 0 ? raw : Math.max(raw, hybridThreshold + PER_FAILED_CONDITION * failedConditions);
  return { raw, effective, failedConditions };
}
