import {
  AuditOutcome,
  ClientAccess,
  DecisionItemKind,
  DecisionOutcome,
  InterventionAmountSource,
  InterventionDetection,
  InterventionKind,
  LifecycleStatus,
  ProposalDecisionKind,
  ProposalStatus,
  ReportStatus,
  Role,
  ServiceModel,
} from "@/lib/generated/prisma/enums";

/**
 * The data's vocabularies, declared once: as enums in prisma/schema.prisma (so the database
 * refuses anything else), exposed here as ordered lists for zod schemas, UI options, readers,
 * charts and tests. Client-safe (Prisma's enum objects are plain constants). Subsets that are a
 * business rule (which roles are staff, what a new organization may be) are declared here too,
 * once, and checked against the enum.
 */

/** An enum's values in schema order, as a non-empty tuple (what `z.enum` takes). */
const valuesOf = <E extends Record<string, string>>(e: E) => Object.values(e) as [E[keyof E], ...E[keyof E][]];

/** The service models, in the order a client usually travels them (break-fix → hybrid → managed). */
export const MODELS = valuesOf(ServiceModel);
export type Model = ServiceModel;
export type PerModel<T> = Record<Model, T>;

export function perModel<T>(make: (model: Model) => T): PerModel<T> {
  return Object.fromEntries(MODELS.map((m) => [m, make(m)])) as PerModel<T>;
}

export function isModel(value: unknown): value is Model {
  return typeof value === "string" && (MODELS as readonly string[]).includes(value);
}

export const LIFECYCLES = valuesOf(LifecycleStatus);
export type Lifecycle = LifecycleStatus;
/** A new organization is either a prospect or an existing client; FORMER comes from recording a departure. */
export const NEW_LIFECYCLES = ["PROSPECT", "ACTIVE"] as const satisfies readonly Lifecycle[];

export const REPORT_STATUSES = valuesOf(ReportStatus);
export type { ReportStatus };

export const ROLES = valuesOf(Role);
/** The MSP's own people: they work on every organization of their tenant. */
export const STAFF_ROLES = ["OWNER", "ACCOUNT_MANAGER"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a client user may do: read (and comment), or also decide for their organization (lib/domain/decisions). */
export const CLIENT_ACCESS = valuesOf(ClientAccess);
export type { ClientAccess };

/** The decision ledger (lib/domain/decisions): which list an item is in, and what the client decided. */
export const DECISION_ITEM_KINDS = valuesOf(DecisionItemKind);
export type { DecisionItemKind };
export const DECISION_OUTCOMES = valuesOf(DecisionOutcome);
export type { DecisionOutcome };

export const AUDIT_OUTCOMES = valuesOf(AuditOutcome);

/** An intervention is a ticket or a time entry (lib/domain/interventions). */
export const INTERVENTION_KINDS = valuesOf(InterventionKind);
export type { InterventionKind };
/** How an incident came to light: reported by a user, or detected by monitoring. */
export const DETECTIONS = valuesOf(InterventionDetection);
export type Detection = InterventionDetection;
/** Where an intervention's amount comes from: billed, or hours × the tenant's hourly rate. */
export const AMOUNT_SOURCES = valuesOf(InterventionAmountSource);
export type AmountSource = InterventionAmountSource;

/** A proposal's states (lib/domain/proposals) and what a client approver may decide on one. */
export const PROPOSAL_STATUSES = valuesOf(ProposalStatus);
export type { ProposalStatus };
export const PROPOSAL_DECISIONS = valuesOf(ProposalDecisionKind);
export type ProposalDecision = ProposalDecisionKind;

/** The move form's "to" choice: one of the models, or "LEFT" (the organization left the MSP). */
export const MOVE_TARGETS = [...MODELS, "LEFT"] as const;
export type MoveTarget = (typeof MOVE_TARGETS)[number];

/** What an API token may do: read (GET routes) or read and write. The form, the schema and the API read it. */
export const API_TOKEN_ACCESS = ["READ", "READ_WRITE"] as const;
export type ApiTokenAccessValue = (typeof API_TOKEN_ACCESS)[number];
