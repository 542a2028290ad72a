import type { AssessmentInput } from "./schema";
import { conditionTotals, type ConditionTotals } from "./conditions";
import { TRIGGER_TESTS } from "./triggers";
import { usersOf } from "./estimates";

/**
 * Trigger weights. Seed: "The MSP model becomes more relevant when the environment includes
 * several sites, remote access, backups that need monitoring, cloud services, continuity
 * requirements or strong dependence on business tools." The two dependences weigh more: "The real
 * criterion is not only price. It is the place digital tools hold in the business and the level of
 * interruption the business can tolerate."
 */
export const TRIGGER_WEIGHTS = {
  severalSites: 3,
  remoteAccess: 3,
  backupsToMonitor: 3,
  cloudServices: 3,
  continuityRequirements: 4,
  businessToolDependence: 4,
} as const;

/** More of the same trigger adds a little: a third site, ten remote users, each extra cloud service, backups nobody checks. */
export const TRIGGER_EXTRAS = {
  sitesFrom: 3,
  sites: 1,
  remoteUsersFrom: 10,
  remoteUsers: 1,
  perExtraCloudService: 0.5,
  /** Backups nobody checks weigh at least as much as backups checked regularly: a little more. */
  uncheckedBackups: 0.5,
} as const;

/**
 * Context that is not a trigger but shades the picture (size, criticality, documentation, the
 * grid's budget and steering needs). Capped so that it can never outweigh a trigger on its own:
 * seed example 3 ("whose only triggers are Microsoft 365 and backups") stays hybrid whatever its
 * context.
 */
export const MODIFIER_CAP = 3.5;

/** People who depend on IT, beyond "few users" (conditions.ts): size adds context in tiers. */
export const USER_TIERS = [
  { above: 50, points: 3 },
  { above: 25, points: 2 },
  { above: 10, points: 1 },
] as const;
/** Endpoints (servers included) beyond a very small environment, in tiers. */
export const ENDPOINT_TIERS = [
  { above: 50, points: 1 },
  { above: 25, points: 0.5 },
] as const;
/**
 * "It is the place digital tools hold in the business and the level of interruption the business
 * can tolerate": each step up the criticality scales adds half a point. Documentation: "In a
 * one-off model, documentation is often weak or scattered. In a managed service model,
 * documentation becomes necessary to operate properly, escalate efficiently and preserve continuity."
 */
export const LEVEL_POINTS = {
  digitalDependence: { low: 0, medium: 0.5, high: 1 },
  interruptionTolerance: { high: 0, medium: 0.5, low: 1 },
  continuityRequirement: { none: 0, moderate: 0.5, strong: 1 },
  businessAppDependency: { none: 0, low: 0.5, high: 1 },
  documentation: { current: 0, scattered: 0.5, none: 1 },
} as const;
export const MODIFIER_POINTS = {
  /** Seed example 2 lists "central document sharing" among what makes it "a different situation". */
  centralFileSharing: 0.5,
  /** Grid: "Need for predictable run budget | Low visibility | Good visibility". */
  needsPredictableBudget: 1,
  /** Grid: "Need for monthly service steering | Poor fit | Good fit" (the strongest grid mismatch). */
  needsMonthlySteering: 2,
} as const;

/**
 * The grid's stated needs rule out pure break-fix: the effective pressure is at least the hybrid
 * threshold plus this much (steering is a "poor fit", budget "low visibility"), so the answer is
 * at least a hybrid that includes the steering or the recurring part.
 */
export const NEED_FLOORS = { needsMonthlySteering: 1, needsPredictableBudget: 0.5 } as const;

/**
 * When break-fix conditions fail, pressure is lifted: by `LIFT` per unit of missing coherence (so
 * the second half of a size zone is never break-fix), but the lift alone never goes beyond the
 * hybrid threshold + 0.5 + `PER_MISSING` per missing condition: failed conditions lead to a
 * hybrid, never by themselves to managed services.
 */
export const LIFT = 12;
export const PER_MISSING = 0.5;

/**
 * A very small environment needs more to call for full managed services: the managed threshold
 * rises by up to this much with smallness (grid: "Very small … environment: MSP often
 * excessive"); its few critical services fit "a limited managed package" first.
 */
export const SMALL_MANAGED_SHIFT = 4;

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
  if (TRIGGER_TESTS.backupsToMonitor(input)) points += TRIGGER_WEIGHTS.backupsToMonitor;
  if (input.backups === "unmonitored") points += TRIGGER_EXTRAS.uncheckedBackups;
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
    tier(usersOf(input), USER_TIERS) +
    tier(input.endpoints, ENDPOINT_TIERS) +
    LEVEL_POINTS.digitalDependence[input.digitalDependence] +
    LEVEL_POINTS.interruptionTolerance[input.interruptionTolerance] +
    LEVEL_POINTS.continuityRequirement[input.continuityRequirement] +
    LEVEL_POINTS.businessAppDependency[input.businessAppDependency] +
    (input.documentation ? LEVEL_POINTS.documentation[input.documentation] : 0) +
    (input.centralFileSharing ? MODIFIER_POINTS.centralFileSharing : 0) +
    (input.needsPredictableBudget ? MODIFIER_POINTS.needsPredictableBudget : 0) +
    (input.needsMonthlySteering ? MODIFIER_POINTS.needsMonthlySteering : 0);
  return Math.min(raw, MODIFIER_CAP);
}

export interface Pressure {
  /** Trigger points + capped modifier points. */
  raw: number;
  /** `raw`, lifted when break-fix conditions fail, and at least the floor of the stated needs. */
  effective: number;
  conditions: ConditionTotals;
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

export function computePressure(input: AssessmentInput, hybridThreshold: number): Pressure {
  const raw = triggerPoints(input) + modifierPoints(input);
  const conditions = conditionTotals(input);
  const lift =
    conditions.coherence < 1
      ? Math.min(raw + (1 - conditions.coherence) * LIFT, hybridThreshold + PER_MISSING * (1 + conditions.missing))
      : raw;
  let floor = 0;
  if (input.needsPredictableBudget) floor = hybridThreshold + NEED_FLOORS.needsPredictableBudget;
  if (input.needsMonthlySteering) floor = Math.max(floor, hybridThreshold + NEED_FLOORS.needsMonthlySteering);
  return { raw, effective: round6(Math.max(raw, lift, floor)), conditions };
}
