import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { pageOf, pageQuery } from "@/lib/api/pagination";
import { apiDay, apiId, apiTimestamp, dateToDay, ts } from "@/lib/api/v1/fields";
import { MODELS } from "@/lib/vocabulary";

/** Service-model changes (the organizations' journeys) in the REST API v1. */
export const apiModelChange = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    fromModel: z.enum(MODELS).nullable().meta({ description: "Null: the organization's first model with you." }),
    toModel: z.enum(MODELS).nullable().meta({ description: "Null: the organization left." }),
    effectiveDate: z.string().meta({ format: "date" }),
    reason: z.string().nullable().meta({ description: "Why, as a person wrote it." }),
    reasonCode: z.enum(["EXISTING_CLIENT"]).nullable().meta({ description: "Why, when Mainstay made the change." }),
    assessmentId: z.string().nullable(),
    createdAt: apiTimestamp(),
  })
  .strict();

type Row = Omit<z.input<typeof apiModelChange>, "effectiveDate" | "createdAt"> & {
  effectiveDate: Date;
  createdAt: Date;
};
export const toApiModelChange = (r: Row): z.input<typeof apiModelChange> => ({
  ...r,
  effectiveDate: dateToDay(r.effectiveDate),
  createdAt: ts(r.createdAt),
});

export const listModelChangesOp = defineOperation({
  id: "listModelChanges",
  method: "GET",
  path: "/model-changes",
  tag: "Model changes",
  summary: "List service-model changes",
  description: "Oldest first by effective date; for one organization or the whole portfolio.",
  permission: "org.read",
  query: z
    .object({
      ...pageQuery,
      organizationId: apiId().optional(),
      from: apiDay().optional().meta({ description: "Effective on or after this day." }),
    })
    .strict(),
  response: pageOf(apiModelChange),
  status: 200,
  paginated: true,
});
