/**
 * The closed vocabularies of the input contract (docs/engine.md, "Input"), ordered from the
 * least to the most pressure toward managed services. The order matters: the monotonicity
 * properties, the "step an enum" search of what-would-change and the generators all read it.
 */

export const CLOUD_SERVICES = ["microsoft365", "googleWorkspace", "saas", "iaas"] as const;
export type CloudService = (typeof CLOUD_SERVICES)[number];

/**
 * Ordered by pressure: no backups, backups checked regularly, backups nobody checks. Backups
 * nobody checks are the seed's "backups to monitor continuously" situation at its most urgent
 * (they can fail silently), so they weigh at least as much as backups already checked.
 * The wizard shows them from the worst practice to the best (BACKUP_PRACTICE).
 */
export const BACKUP_STATES = ["none", "monitored", "unmonitored"] as const;
export type BackupState = (typeof BACKUP_STATES)[number];
/** From the worst practice to the best: the only way "what would change" may suggest moving. */
export const BACKUP_PRACTICE = ["none", "unmonitored", "monitored"] as const satisfies readonly BackupState[];

/**
 * The state of the client's IT documentation, ordered by pressure (seed: "In a one-off model,
 * documentation is often weak or scattered. In a managed service model, documentation becomes
 * necessary to operate properly, escalate efficiently and preserve continuity.").
 */
export const DOCUMENTATION_STATES = ["current", "scattered", "none"] as const;
export type DocumentationState = (typeof DOCUMENTATION_STATES)[number];
export const DOCUMENTATION_PRACTICE = ["none", "scattered", "current"] as const satisfies readonly DocumentationState[];

export const BUSINESS_APP_DEPENDENCIES = ["none", "low", "high"] as const;
export type BusinessAppDependency = (typeof BUSINESS_APP_DEPENDENCIES)[number];

export const CONTINUITY_REQUIREMENTS = ["none", "moderate", "strong"] as const;
export type ContinuityRequirement = (typeof CONTINUITY_REQUIREMENTS)[number];

/** Ordered from the most tolerant (least pressure) to the least tolerant. */
export const INTERRUPTION_TOLERANCES = ["high", "medium", "low"] as const;
export type InterruptionTolerance = (typeof INTERRUPTION_TOLERANCES)[number];

export const DIGITAL_DEPENDENCES = ["low", "medium", "high"] as const;
export type DigitalDependence = (typeof DIGITAL_DEPENDENCES)[number];

/** Ordered from break-fix to full managed services: the order of "moving toward MSP". */
export const SERVICE_MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

/** Sanity bounds of the counts (inclusive). Beyond them an assessment is a data-entry error. */
export const COUNT_LIMITS = {
  headcount: { min: 1, max: 100_000 },
  itUsers: { min: 0, max: 100_000 },
  endpoints: { min: 0, max: 1_000_000 },
  sites: { min: 1, max: 10_000 },
  remoteUsers: { min: 0, max: 100_000 },
} as const;

/** Every economics number is >= 0 and at most this (a sanity bound, keeps totals finite). */
export const ECONOMICS_MAX = 1_000_000;
export const HORIZON_LIMITS = { min: 1, max: 120 } as const;

/** The client's history covers at most the last 12 months (one year of interventions). */
export const HISTORY_MONTHS = { min: 1, max: 12 } as const;
/** Where a client's incident history comes from: typed in the assessment, or the interventions log. */
export const HISTORY_SOURCES = ["assessment", "interventionsLog"] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];
