import type { Tx } from "@/lib/db/context";
import { Prisma } from "@/lib/generated/prisma/client";

/** Rows read per query: bounded memory, index-friendly. */
export const BATCH = 2_000;

export type Dataset = {
  name: string;
  /** The Prisma model the rows come from (its columns are the model's scalar fields, in schema order). */
  model: keyof typeof MODEL_COLUMNS;
  read: (tx: Tx, tenantId: string, cursor: string | null) => Promise<Record<string, unknown>[]>;
};

/** Keyset paging within the tenant: served by the (tenantId, id) primary key or unique index. */
const page = (tenantId: string, cursor: string | null) => ({
  where: { tenantId, ...(cursor ? { id: { gt: cursor } } : {}) },
  take: BATCH,
  orderBy: { id: "asc" as const },
});

/**
 * Each exported model's columns, derived from the schema (Prisma's scalar-field enums), so a
 * column added by a migration is exported without anyone remembering to list it. Secrets are
 * the one thing taken out: a webhook endpoint's signing secret stays in Mainstay (its hint is kept).
 */
export const MODEL_COLUMNS = {
  ClientOrganization: columnsOf(Prisma.ClientOrganizationScalarFieldEnum),
  ScopingCall: columnsOf(Prisma.ScopingCallScalarFieldEnum),
  Assessment: columnsOf(Prisma.AssessmentScalarFieldEnum),
  ServiceModelChange: columnsOf(Prisma.ServiceModelChangeScalarFieldEnum),
  SteeringReport: columnsOf(Prisma.SteeringReportScalarFieldEnum),
  ReportAcknowledgement: columnsOf(Prisma.ReportAcknowledgementScalarFieldEnum),
  ReportComment: columnsOf(Prisma.ReportCommentScalarFieldEnum),
  ClientDecision: columnsOf(Prisma.ClientDecisionScalarFieldEnum),
  Intervention: columnsOf(Prisma.InterventionScalarFieldEnum),
  PostureAssessment: columnsOf(Prisma.PostureAssessmentScalarFieldEnum),
  PostureAnswer: columnsOf(Prisma.PostureAnswerScalarFieldEnum),
  Proposal: columnsOf(Prisma.ProposalScalarFieldEnum),
  ProposalDecision: columnsOf(Prisma.ProposalDecisionScalarFieldEnum),
  DomainEvent: columnsOf(Prisma.DomainEventScalarFieldEnum),
  WebhookEndpoint: columnsOf(Prisma.WebhookEndpointScalarFieldEnum, ["secretEncrypted"]),
} as const;

/** The tenant's own id is in the manifest once; every other scalar column is exported. */
function columnsOf(fields: Record<string, string>, secrets: readonly string[] = []): string[] {
  return Object.values(fields).filter((c) => c !== "tenantId" && !secrets.includes(c));
}

export const DATASETS: Dataset[] = [
  {
    name: "organizations",
    model: "ClientOrganization",
    read: (tx, tenantId, cursor) => tx.clientOrganization.findMany(page(tenantId, cursor)),
  },
  {
    name: "scoping-calls",
    model: "ScopingCall",
    read: (tx, tenantId, cursor) => tx.scopingCall.findMany(page(tenantId, cursor)),
  },
  {
    name: "assessments",
    model: "Assessment",
    read: (tx, tenantId, cursor) => tx.assessment.findMany(page(tenantId, cursor)),
  },
  {
    name: "model-changes",
    model: "ServiceModelChange",
    read: (tx, tenantId, cursor) => tx.serviceModelChange.findMany(page(tenantId, cursor)),
  },
  {
    name: "reports",
    model: "SteeringReport",
    read: (tx, tenantId, cursor) => tx.steeringReport.findMany(page(tenantId, cursor)),
  },
  {
    name: "report-acknowledgements",
    model: "ReportAcknowledgement",
    read: (tx, tenantId, cursor) => tx.reportAcknowledgement.findMany(page(tenantId, cursor)),
  },
  {
    name: "report-comments",
    model: "ReportComment",
    read: (tx, tenantId, cursor) => tx.reportComment.findMany(page(tenantId, cursor)),
  },
  {
    name: "client-decisions",
    model: "ClientDecision",
    read: (tx, tenantId, cursor) => tx.clientDecision.findMany(page(tenantId, cursor)),
  },
  {
    name: "interventions",
    model: "Intervention",
    read: (tx, tenantId, cursor) => tx.intervention.findMany(page(tenantId, cursor)),
  },
  {
    name: "posture-assessments",
    model: "PostureAssessment",
    read: (tx, tenantId, cursor) => tx.postureAssessment.findMany(page(tenantId, cursor)),
  },
  {
    name: "posture-answers",
    model: "PostureAnswer",
    read: (tx, tenantId, cursor) => tx.postureAnswer.findMany(page(tenantId, cursor)),
  },
  {
    name: "proposals",
    model: "Proposal",
    read: (tx, tenantId, cursor) => tx.proposal.findMany(page(tenantId, cursor)),
  },
  {
    name: "proposal-decisions",
    model: "ProposalDecision",
    read: (tx, tenantId, cursor) => tx.proposalDecision.findMany(page(tenantId, cursor)),
  },
  {
    name: "events",
    model: "DomainEvent",
    read: (tx, tenantId, cursor) => tx.domainEvent.findMany(page(tenantId, cursor)),
  },
  {
    name: "webhook-endpoints",
    model: "WebhookEndpoint",
    read: (tx, tenantId, cursor) => tx.webhookEndpoint.findMany(page(tenantId, cursor)),
  },
];

/**
 * Tenant-owned models the export leaves out, each with its reason (a test fails when a model
 * with a tenantId is in neither list, so a new table is exported or excluded on purpose).
 */
export const NOT_EXPORTED: Record<string, string> = {
  Membership: "people and roles: the team page; accounts are personal data of each user, not the tenant's records",
  Invitation: "pending invitations are short-lived credentials (token hashes)",
  AuditEvent: "the audit trail is evidence kept by Mainstay; owners read and filter it on the audit page",
  IdempotencyKey: "technical: the first answer to a request, replayed when the same request is retried",
  DashboardVersion: "a cache counter, derived from the exported data",
  DashboardCache: "cached aggregates, derived from the exported data",
  WebhookDelivery: "delivery bookkeeping for the webhook log; the events themselves are exported",
  WebhookAttempt: "HTTP attempt log of webhook deliveries, read on the webhook page",
  TenantBrand:
    "the tenant's settings, not records: its brand (name, colour, support contact, logo) is read and changed on the settings page, like its prices",
  ApiToken:
    "credentials: API tokens are secrets (only their hashes are stored); owners list and revoke them on the integrations page",
  ReportRead: "each user's own bookkeeping of when they last opened a report (New badges, new comments), not a record",
  OutboxMail:
    "the e-mails Mainstay sent for the tenant (delivery bookkeeping and copies of what was sent, personal data of each recipient), read in the dev mailbox",
  MailOptOut: "each user's own choice of e-mails (their profile), not the tenant's records",
};
