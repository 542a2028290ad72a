import type { AssessmentInput } from "./schema";
import type { ServiceModel } from "./vocabulary";

/**
 * What to put under contract, in priority order. Seed: "One-off support for part of the
 * environment, recurring support on critical items, or a limited managed package for specific
 * services such as backups and Microsoft 365." Backups come first (data loss is the one incident
 * that cannot be repaired), then the collaboration suites, then the critical items (business
 * tools, remote access, the links between sites, cloud infrastructure and applications), then the
 * monthly steering the grid speaks of; `criticalItems` stands for "recurring support on critical
 * items" when none of the specific ones is there; workstations only in a full managed perimeter.
 */
export const SCOPE_ITEMS = [
  "backups",
  "microsoft365",
  "googleWorkspace",
  "businessApps",
  "remoteAccess",
  "siteLinks",
  "iaas",
  "saas",
  "criticalItems",
  "monthlySteering",
  "endpoints",
] as const;
export type ScopeItem = (typeof SCOPE_ITEMS)[number];

/** The scope items priced as "one critical item" in a hybrid package (economics: criticalItemPerMonth). */
export const CRITICAL_ITEMS = [
  "businessApps",
  "remoteAccess",
  "siteLinks",
  "iaas",
  "saas",
  "criticalItems",
] as const satisfies readonly ScopeItem[];

function present(input: AssessmentInput): Record<ScopeItem, boolean> {
  return {
    backups: input.backups !== "none",
    microsoft365: input.cloudServices.includes("microsoft365"),
    googleWorkspace: input.cloudServices.includes("googleWorkspace"),
    businessApps: input.businessAppDependency === "high",
    remoteAccess: input.remoteUsers >= 1,
    siteLinks: input.sites >= 2,
    iaas: input.cloudServices.includes("iaas"),
    saas: input.cloudServices.includes("saas"),
    criticalItems: false,
    monthlySteering: input.needsMonthlySteering,
    endpoints: false,
  };
}

/**
 * The hybrid package: the critical items the environment actually has, and the monthly steering
 * when it is asked for. It always names something from the seed's list: with none of the specific
 * services, recurring support on the critical items (never "endpoints" because a size was crossed).
 */
export function hybridScope(input: AssessmentInput): ScopeItem[] {
  const has = present(input);
  const services = SCOPE_ITEMS.filter((item) => has[item] && item !== "monthlySteering");
  if (services.length === 0) has.criticalItems = true;
  return SCOPE_ITEMS.filter((item) => has[item]);
}

/** The full perimeter of a managed contract: every item present, backups, steering and the workstations. */
export function managedPerimeter(input: AssessmentInput): ScopeItem[] {
  const has = present(input);
  has.backups = true;
  has.monthlySteering = true;
  has.endpoints = true;
  if (input.businessAppDependency !== "none") has.businessApps = true;
  return SCOPE_ITEMS.filter((item) => has[item]);
}

export function scopeFor(model: ServiceModel, input: AssessmentInput): ScopeItem[] {
  if (model === "HYBRID") return hybridScope(input);
  if (model === "MANAGED") return managedPerimeter(input);
  return [];
}
