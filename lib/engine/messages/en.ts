/**
 * English catalog: every human sentence the engine produces. Templates use `{name}` placeholders
 * filled by `interpolate` (messages/index.ts). A French catalog must provide the same codes
 * (`satisfies Catalog`), so a missing translation is a type error.
 */

const messages = {
  // Service models, inside a sentence and at the start of one.
  "model.BREAK_FIX": "break-fix",
  "model.HYBRID": "hybrid",
  "model.MANAGED": "managed services",
  "modelTitle.BREAK_FIX": "Break-fix",
  "modelTitle.HYBRID": "Hybrid",
  "modelTitle.MANAGED": "Managed services",

  // The seed's decision grid (situation column, verbatim).
  "grid.verySmallLowCriticality": "Very small and low-criticality environment",
  "grid.multipleSitesOrRemoteUsers": "Multiple sites or remote users",
  "grid.backupsToMonitor": "Backups to monitor continuously",
  "grid.predictableBudget": "Need for predictable run budget",
  "grid.monthlySteering": "Need for monthly service steering",

  // "When break fix can still make sense" (verbatim, without the final period).
  "condition.verySmallEnvironment": "Very small environment",
  "condition.lowDigitalDependence": "Low dependence on digital tools",
  "condition.fewUsers": "Few users",
  "condition.noStrongContinuity": "No strong continuity requirement",
  "condition.highInterruptionTolerance": "High tolerance for interruption",

  // The same conditions once they no longer hold, as clauses.
  "conditionFailed.verySmallEnvironment":
    "the environment is no longer very small (sites: {sites}, endpoints: {endpoints})",
  "conditionFailed.lowDigitalDependence": "dependence on digital tools is no longer low",
  "conditionFailed.fewUsers": "there are more than a few users (headcount: {headcount})",
  "conditionFailed.noStrongContinuity": "the continuity requirement is strong",
  "conditionFailed.highInterruptionTolerance": "the tolerance for interruption is not high",

  // "When MSP becomes more relevant" (the six situations).
  "trigger.severalSites": "Several sites",
  "trigger.remoteAccess": "Remote access",
  "trigger.monitoredBackups": "Backups that need monitoring",
  "trigger.cloudServices": "Cloud services",
  "trigger.continuityRequirements": "Continuity requirements",
  "trigger.businessToolDependence": "Strong dependence on business tools",
  "triggerInline.severalSites": "several sites",
  "triggerInline.remoteAccess": "remote access",
  "triggerInline.monitoredBackups": "backups that need monitoring",
  "triggerInline.cloudServices": "cloud services",
  "triggerInline.continuityRequirements": "a strong continuity requirement",
  "triggerInline.businessToolDependence": "strong dependence on business tools",

  // Items of a managed scope.
  "scope.backups": "backups",
  "scope.microsoft365": "Microsoft 365",
  "scope.googleWorkspace": "Google Workspace",
  "scope.businessApps": "business applications",
  "scope.remoteAccess": "remote access",
  "scope.sites": "the links between sites",
  "scope.iaas": "cloud infrastructure (IaaS)",
  "scope.saas": "SaaS applications",
  "scope.endpoints": "workstations and endpoints",

  // Values, as read inside a sentence.
  "cloud.microsoft365": "Microsoft 365",
  "cloud.googleWorkspace": "Google Workspace",
  "cloud.saas": "SaaS applications",
  "cloud.iaas": "cloud infrastructure (IaaS)",
  "value.backups.none": "absent",
  "value.backups.unmonitored": "in place but unchecked",
  "value.backups.monitored": "monitored continuously",
  "value.businessAppDependency.none": "none",
  "value.businessAppDependency.low": "low",
  "value.businessAppDependency.high": "high",
  "value.continuityRequirement.none": "absent",
  "value.continuityRequirement.moderate": "moderate",
  "value.continuityRequirement.strong": "strong",
  "value.interruptionTolerance.high": "high",
  "value.interruptionTolerance.medium": "medium",
  "value.interruptionTolerance.low": "low",
  "value.digitalDependence.low": "low",
  "value.digitalDependence.medium": "medium",
  "value.digitalDependence.high": "high",

  // Reasons (plain sentences for the client).
  "reason.lead.BREAK_FIX":
    "Break-fix can still make sense here: the environment is very small, depends little on digital tools, has few users, has no strong continuity requirement and tolerates interruptions well.",
  "reason.lead.HYBRID":
    "A hybrid model fits best: the needs for continuous follow-up are few and concentrated on specific services, so put {scope} under a limited managed package and keep one-off support for the rest.",
  "reason.lead.HYBRID.transition":
    "A hybrid model fits best, as a transition: no service needs continuous follow-up yet, but break-fix is no longer coherent, so start recurring support on {scope} and keep one-off support for the rest.",
  "reason.lead.MANAGED":
    "Managed services fit best: {count} of the six situations that make managed services more relevant are present ({triggers}); without continuous follow-up, a poorly detected or poorly documented incident would quickly cost more than a properly scoped recurring service.",
  "reason.conditionsFailed":
    "Break-fix is no longer coherent because {failed}: as soon as those conditions disappear, the limits appear quickly.",
  "reason.triggers": "Situations present that make a recurring service more relevant ({count} of 6): {triggers}.",
  "reason.watchTrigger":
    "Keep an eye on {trigger}: it is the only situation in favour of a recurring service; if another one appears, a limited managed package becomes the better fit.",
  "reason.smallButTriggers": "The environment is small, but break-fix funds no continuous follow-up of {triggers}.",
  "reason.unmonitoredBackups":
    "Backups exist but nobody checks them: that is the risky case, because an unchecked backup can fail silently; have them monitored whatever the model.",
  "reason.predictableBudget":
    "You need a predictable run budget: break-fix gives low visibility on it, a recurring service gives good visibility.",
  "reason.monthlySteering":
    "You need monthly service steering: a poor fit for break-fix, a good fit for a managed service.",
  "reason.notPurelyFinancial":
    "The choice is not purely financial: what decides is the place digital tools hold in the business and the interruption it can tolerate; the cost comparison only informs.",

  // What would change the recommendation.
  "whatWouldChange.single": "If {change}, the recommendation would become {model}.",
  "whatWouldChange.pair": "If {first} and {second}, the recommendation would become {model}.",
  "change.headcount": "the headcount were {to} instead of {from}",
  "change.endpoints": "the number of endpoints were {to} instead of {from}",
  "change.sites": "the number of sites were {to} instead of {from}",
  "change.remoteUsers": "the number of remote users were {to} instead of {from}",
  "change.cloudServices.add": "the organization also used {service}",
  "change.cloudServices.remove": "the organization no longer used {service}",
  "change.centralFileSharing.true": "the organization used central document sharing",
  "change.centralFileSharing.false": "the organization did not use central document sharing",
  "change.backups": "backups were {to} rather than {from}",
  "change.businessAppDependency": "dependence on business tools were {to} instead of {from}",
  "change.continuityRequirement": "the continuity requirement were {to} instead of {from}",
  "change.interruptionTolerance": "the tolerance for interruption were {to} instead of {from}",
  "change.digitalDependence": "dependence on digital tools were {to} instead of {from}",
  "change.needsPredictableBudget.true": "a predictable run budget were needed",
  "change.needsPredictableBudget.false": "a predictable run budget were not needed",
  "change.needsMonthlySteering.true": "monthly service steering were needed",
  "change.needsMonthlySteering.false": "monthly service steering were not needed",

  // Cost comparison notes.
  "costs.note.projects":
    "Projects such as migration, full renewal or network redesign stay outside the managed contract and keep their own budget line.",
  "costs.note.operatingLogic":
    "Costs inform, the operating logic decides: the recommendation comes from how critical IT is to the business, not from the cheapest line.",
  "costs.note.drift":
    "Nothing in break-fix funds prevention, so its incidents are assumed to grow by {rate}% a month, compounding, up to {cap} times the starting level; under hybrid the incidents left outside the package grow at half that rate; under managed services they stay flat.",
  "costs.note.breakEven.HYBRID": "Hybrid becomes cheaper than break-fix, cumulatively, from month {month}.",
  "costs.note.breakEven.MANAGED": "Managed services become cheaper than break-fix, cumulatively, from month {month}.",
  "costs.note.noBreakEven":
    "Within {months} months, break-fix stays cheaper on paper than {model}; that changes if incidents multiply faster than assumed.",
  "costs.note.derivedIncidents":
    "Incidents per month were estimated from size: {perSeat} per endpoint or person (whichever is larger), at least {floor}.",
  "costs.note.derivedDowntime": "Downtime cost per hour was estimated at {perPerson} per person, at least {floor}.",

  // Validation.
  "validation.required": "is required",
  "validation.integer": "must be a whole number",
  "validation.number": "must be a number",
  "validation.finite": "must be a finite number",
  "validation.boolean": "must be true or false",
  "validation.array": "must be a list",
  "validation.object": "must be a JSON object",
  "validation.oneOf": "must be one of {values}",
  "validation.min": "must be greater than or equal to {min}",
  "validation.max": "must be less than or equal to {max}",
  "validation.unknownField": "is not a known field",
  "validation.unknownFields": "has unknown fields: {keys}",
  "validation.duplicateService": "must not list the same service twice",
  "validation.remoteUsers": "must be less than or equal to headcount ({headcount})",
  "validation.invalid": "is invalid",
  "validation.invalidJson": "is not valid JSON ({detail})",
  "issue.line": "{path}: {message}",
  "cli.usage": "usage: decide [--defaults <file.json>] < assessment.json (one object or an array of them)",
  "cli.unknownOption": "unknown option {option}",
  "cli.missingValue": "{option} needs a file name",
  "cli.cannotRead": "cannot read {file}",
  "issue.rootPath": "input",
} as const;

export type MessageCode = keyof typeof messages;
export type MessageTable = Readonly<Record<MessageCode, string>>;

/** "a", "a and b", "a, b and c" (kind "and"); the same with "or". */
function list(items: readonly string[], kind: "and" | "or"): string {
  const word = kind === "and" ? "and" : "or";
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Plain number formatting: no grouping, at most two decimals ("1.5", "95", "0.15"). */
function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export const en = { messages: messages satisfies MessageTable, list, number };
