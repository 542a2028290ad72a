import type { AssessmentInput } from "./schema";
import type { ServiceModel } from "./vocabulary";

/**
 * What to put under contract, in priority order. Seed: "a limited managed package for specific
 * services such as backups and Microsoft 365" and "recurring support on critical items".
 * Backups come first (data loss is the one incident that cannot be repaired), then the
 * collaboration suites, then the business tools, remote access and the links between sites,
 * then the remaining cloud services; workstations last.
 */
export const SCOPE_ITEMS = [
  "backups",
  "microsoft365",
  "googleWorkspace",
  "businessApps",
  "remoteAccess",
  "sites",
  "iaas",
  "saas",
  "endpoints",
] as const;
export type ScopeItem = (typeof SCOPE_ITEMS)[number];

/** The critical items the environment actually has (the hybrid package). */
export function hybridScope(input: AssessmentInput): ScopeItem[] {
  const has: Record<ScopeItem, boolean> = {
    // Monitored backups are the trigger; unchecked ones are "the risky case": both go first.
    backups: input.backups !== "none",
    microsoft365: input.cloudServices.includes("microsoft365"),
    googleWorkspace: input.cloudServices.includes("googleWorkspace"),
    businessApps: input.businessAppDependency === "high",
    remoteAccess: input.remoteUsers >= 1,
    sites: input.sites >= 2,
    iaas: input.cloudServices.includes("iaas"),
    saas: input.cloudServices.includes("saas"),
    endpoints: false,
  };
  const items = SCOPE_ITEMS.filter((item) => has[item]);
  // A hybrid without any critical service (break-fix left only because the organization grew):
  // start recurring support on the workstations, the transition the seed describes.
  return items.length > 0 ? items : ["endpoints"];
}

/** The full perimeter of a managed contract: every item present, plus backups and endpoints. */
export function managedPerimeter(input: AssessmentInput): ScopeItem[] {
  const present = new Set<ScopeItem>(hybridScope(input));
  present.add("backups");
  present.add("endpoints");
  if (input.businessAppDependency !== "none") present.add("businessApps");
  return SCOPE_ITEMS.filter((item) => present.has(item));
}

export function scopeFor(model: ServiceModel, input: AssessmentInput): ScopeItem[] {
  if (model === "HYBRID") return hybridScope(input);
  if (model === "MANAGED") return managedPerimeter(input);
  return [];
}
