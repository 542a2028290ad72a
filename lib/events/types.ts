import { z } from "zod";

/**
 * The events Mainstay emits, declared once: each type's data schema. The outbox
 * (emitEvent) validates with it, webhook endpoints subscribe to these types, the
 * subscription form lists them, and the API reference documents them.
 *
 * Data is ids and facts, never free text a client typed or anything secret: a receiver
 * that wants the comment or the report reads it through the API with its token.
 */
const id = z.string().min(1).max(64);
const model = z.enum(["BREAK_FIX", "HYBRID", "MANAGED"]);

export const EVENT_TYPES = {
  "report.published": z
    .object({ reportId: id, organizationId: id, period: z.string(), republished: z.boolean() })
    .strict(),
  "report.acknowledged": z.object({ reportId: id, organizationId: id, period: z.string(), userId: id }).strict(),
  "report.commented": z
    .object({
      reportId: id,
      organizationId: id,
      period: z.string(),
      commentId: id,
      authorRole: z.enum(["CLIENT", "STAFF"]),
    })
    .strict(),
  "decision.recorded": z
    .object({
      decisionId: id,
      reportId: id,
      organizationId: id,
      period: z.string(),
      itemKind: z.enum(["recommendation", "roadmap"]),
      itemId: id,
      decision: z.enum(["APPROVED", "DEFERRED", "DECLINED"]),
      deferredTo: z.string().nullable(),
      supersedesId: id.nullable(),
    })
    .strict(),
  "model_change.recorded": z
    .object({
      modelChangeId: id,
      organizationId: id,
      fromModel: model.nullable(),
      toModel: model.nullable(),
      effectiveDate: z.string(),
    })
    .strict(),
  "assessment.finalized": z
    .object({
      assessmentId: id,
      organizationId: id,
      recommendation: model,
      confidence: z.string(),
      engineVersion: z.string(),
    })
    .strict(),
  "proposal.shared": z.object({ proposalId: id, organizationId: id, assessmentId: id, model }).strict(),
  "proposal.decided": z
    .object({
      proposalId: id,
      organizationId: id,
      decisionId: id,
      decision: z.enum(["APPROVED", "DECLINED"]),
    })
    .strict(),
} as const satisfies Record<string, z.ZodType>;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];
export type EventData<T extends EventType> = z.input<(typeof EVENT_TYPES)[T]>;

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}
