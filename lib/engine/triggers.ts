import type { AssessmentInput } from "./schema";

/**
 * Seed, "When MSP becomes more relevant": "when the environment includes several sites, remote
 * access, backups that need monitoring, cloud services, continuity requirements or strong
 * dependence on business tools."
 */
export const TRIGGER_KEYS = [
  "severalSites",
  "remoteAccess",
  "backupsToMonitor",
  "cloudServices",
  "continuityRequirements",
  "businessToolDependence",
] as const;
export type TriggerKey = (typeof TRIGGER_KEYS)[number];
export type TriggerState = Readonly<Record<TriggerKey, boolean>>;

/** One predicate per trigger: shared by the detailed state and the pressure computation. */
export const TRIGGER_TESTS: Readonly<Record<TriggerKey, (input: AssessmentInput) => boolean>> = {
  severalSites: (input) => input.sites >= 2,
  remoteAccess: (input) => input.remoteUsers >= 1,
  // "Backups that need monitoring": backups checked regularly, and even more backups nobody
  // checks (they can fail silently; pressure.ts weighs them a little more).
  backupsToMonitor: (input) => input.backups !== "none",
  cloudServices: (input) => input.cloudServices.length >= 1,
  // "continuity requirements": only a strong one is a trigger; seed example 3 has "moderate
  // continuity needs" and its "only triggers are Microsoft 365 and backups".
  continuityRequirements: (input) => input.continuityRequirement === "strong",
  businessToolDependence: (input) => input.businessAppDependency === "high",
};

export function evaluateTriggers(input: AssessmentInput): TriggerState {
  return {
    severalSites: TRIGGER_TESTS.severalSites(input),
    remoteAccess: TRIGGER_TESTS.remoteAccess(input),
    backupsToMonitor: TRIGGER_TESTS.backupsToMonitor(input),
    cloudServices: TRIGGER_TESTS.cloudServices(input),
    continuityRequirements: TRIGGER_TESTS.continuityRequirements(input),
    businessToolDependence: TRIGGER_TESTS.businessToolDependence(input),
  };
}

export function presentTriggers(triggers: TriggerState): TriggerKey[] {
  return TRIGGER_KEYS.filter((key) => triggers[key]);
}
