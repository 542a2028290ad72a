/**
 * How long what people type may be, declared once. The zod schemas (server actions and the
 * stored report content) and the inputs' `maxLength` read these; a longer value is refused
 * next to its field ("At most N characters"). Names and titles are kept short enough to read in
 * a table cell, a PDF line or a phone's width; free text is for paragraphs.
 */
export const LIMITS = {
  /** A person's name (profile, invitation). */
  personName: 120,
  /** An MSP tenant's name. */
  tenantName: 120,
  /** A client organization's name. */
  organizationName: 120,
  industry: 80,
  /** Who attended a call. */
  attendees: 300,
  /** A recommendation's or roadmap item's title. */
  itemTitle: 200,
  /** A budget line's label. */
  budgetLabel: 200,
  budgetNote: 500,
  /** Where a report figure comes from ("PSA ticketing"). */
  metricSource: 120,
  ticketCategory: 60,
  webhookDescription: 200,
  /** An API token's name ("PSA sync"). */
  apiTokenName: 80,
  interventionSource: 60,
  externalId: 120,
  /** A support phone number as people write it ("+33 1 23 45 67 89 ext. 12"). */
  phone: 40,
  /** Paragraphs: call notes, report narrative. */
  longText: 5_000,
  /** A recommendation's detail, a comment, a model change's reason. */
  mediumText: 2_000,
  /** The note a client approver may add to a decision. */
  decisionNote: 1_000,
} as const;

export type LimitKey = keyof typeof LIMITS;
