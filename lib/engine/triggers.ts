import type { AssessmentInput } from "./schema";

/**
 * Seed, "When MSP becomes more relevant": "when the environment includes several sites, remote
 * access, backups that need monitoring, cloud services, continuity requirements or strong
 * dependence on business tools."
 */
export const TRIGGER_KEYS = [
  "severalSites",
  "remoteAccess",
  "monitoredBackups",
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
  // `monitored` = backups someone must watch continuously ("backups that need monitoring").
  // `unmonitored` backups are the risky case but not this trigger (see pressure.ts, reasons.ts).
  monitoredBackups: (input) => input.backups === "monitored",
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
    monitoredBackups: TRIGGER_TESTS.monitoredBackups(input),
    cloudServices: TRIGGER_TESTS.cloudServices(input),
    continuityRequirements: TRIGGER_TESTS.continuityRequirements(input),
    businessToolDependence: TRIGGER_TESTS.businessToolDependence(input),
  };
}

export function presentTriggers(triggers: TriggerState): TriggerKey[] {
  return TRIGGER_KEYS.filter((key) => triggers[key]);
}
