import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { pageOf, pageQuery } from "@/lib/api/pagination";
import { apiDay, apiLongText, apiText, apiTimestamp, dateToDay, idParams, ts } from "@/lib/api/v1/fields";
import { UPSERT_MAX_ITEMS } from "@/lib/domain/interventions/upsert-interventions";
import { CATEGORY_MAX } from "@/lib/interventions/vocabulary";
import { AMOUNT_SOURCES, DETECTIONS, INTERVENTION_KINDS } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

/** Interventions (tickets and time entries) of an organization in the REST API v1. */
export const apiIntervention = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    occurredOn: z.string().meta({ format: "date" }),
    kind: z.enum(INTERVENTION_KINDS),
    hours: z.number(),
    amount: z.number().meta({ description: "Billed, or hours × the hourly rate (see amountSource)." }),
    amountSource: z.enum(AMOUNT_SOURCES),
    hourlyRate: z.number().nullable(),
    category: z.string(),
    detection: z.enum(DETECTIONS),
    peopleAffected: z.number().int(),
    recurringCause: z.boolean(),
    sourceSystem: z.string().nullable(),
    externalId: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: apiTimestamp(),
    updatedAt: apiTimestamp(),
  })
  .strict();

type InterventionRow = Omit<z.input<typeof apiIntervention>, "occurredOn" | "createdAt" | "updatedAt"> & {
  occurredOn: Date;
  createdAt: Date;
  updatedAt: Date;
};
export const toApiIntervention = (r: InterventionRow): z.input<typeof apiIntervention> => ({
  ...r,
  occurredOn: dateToDay(r.occurredOn),
  createdAt: ts(r.createdAt),
  updatedAt: ts(r.updatedAt),
});

export const apiInterventionUpsertItem = z
  .object({
    externalId: apiText(LIMITS.externalId).meta({ description: "Its id in the source system: the upsert key." }),
    occurredOn: apiDay(),
    kind: z.enum(INTERVENTION_KINDS).default("TICKET"),
    hours: z.number().min(0).max(1_000),
    amountBilled: z
      .number()
      .min(0)
      .max(10_000_000)
      .nullable()
      .default(null)
      .meta({ description: "What was billed; null: hours × the tenant's hourly rate." }),
    category: apiText(CATEGORY_MAX),
    detection: z.enum(DETECTIONS),
    peopleAffected: z.number().int().min(0).max(100_000).default(0),
    recurringCause: z.boolean().default(false),
    note: apiLongText(LIMITS.mediumText).nullable().default(null),
  })
  .strict();

export const upsertInterventionsBody = z
  .object({
    sourceSystem: apiText(LIMITS.interventionSource).meta({ description: "Your PSA's name, e.g. “Autotask”." }),
    items: z.array(apiInterventionUpsertItem).min(1).max(UPSERT_MAX_ITEMS),
  })
  .strict();

export const apiInterventionUpsertResult = z.object({
  received: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const listInterventionsOp = defineOperation({
  id: "listInterventions",
  method: "GET",
  path: "/organizations/{id}/interventions",
  tag: "Interventions",
  summary: "List an organization's interventions",
  description: "Newest first, filtered, one page at a time.",
  permission: "intervention.read",
  params: idParams,
  query: z
    .object({
      ...pageQuery,
      from: apiDay().optional(),
      to: apiDay().optional(),
      category: z.string().trim().min(1).max(CATEGORY_MAX).optional(),
      detection: z.enum(DETECTIONS).optional(),
      recurringCause: z.enum(["true", "false"]).optional(),
      sourceSystem: z.string().trim().min(1).max(LIMITS.interventionSource).optional(),
    })
    .strict(),
  response: pageOf(apiIntervention),
  status: 200,
  paginated: true,
});

export const upsertInterventionsOp = defineOperation({
  id: "upsertInterventions",
  method: "POST",
  path: "/organizations/{id}/interventions",
  tag: "Interventions",
  summary: "Add or update interventions by external id",
  description: `Up to ${UPSERT_MAX_ITEMS} items in one transaction. An item whose (sourceSystem, externalId) exists is updated where it differs; sending the same items again changes nothing. Any invalid item refuses the whole call, with one error per item.`,
  permission: "intervention.create",
  params: idParams,
  body: upsertInterventionsBody,
  response: apiInterventionUpsertResult,
  status: 200,
  timeoutMs: 60_000,
});
