import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { pageOf, pageQuery } from "@/lib/api/pagination";
import { apiDay, apiId, apiInt, apiLongText, apiText, apiTimestamp, idParams, ts } from "@/lib/api/v1/fields";
import type { Organization } from "@/lib/domain/organizations/get-organization";
import { LOCALES } from "@/lib/i18n/catalog";
import { LIFECYCLES, MODELS, NEW_LIFECYCLES } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

/** Client organizations in the REST API v1: the same facts as the organization form. */
export const apiOrganization = z
  .object({
    id: z.string(),
    name: z.string(),
    industry: z.string().nullable(),
    headcount: z.number().int(),
    sites: z.number().int(),
    endpoints: z.number().int().nullable(),
    currentModel: z.enum(MODELS),
    targetModel: z.enum(MODELS).nullable(),
    lifecycleStatus: z.enum(LIFECYCLES),
    accountManagerId: z.string().nullable(),
    notes: z.string().nullable(),
    reportLocale: z.enum(LOCALES).nullable(),
    version: z.number().int().meta({ description: "Send it back as `version` to update: optimistic locking." }),
    createdAt: apiTimestamp(),
    updatedAt: apiTimestamp(),
  })
  .strict();

export function toApiOrganization(o: Organization): z.input<typeof apiOrganization> {
  return { ...o, createdAt: ts(o.createdAt), updatedAt: ts(o.updatedAt) };
}

/** The facts an organization has (create and update). */
const facts = {
  name: apiText(LIMITS.organizationName),
  industry: apiText(LIMITS.industry).nullable().optional(),
  headcount: apiInt(1, 100_000),
  sites: apiInt(1, 10_000),
  endpoints: apiInt(0, 1_000_000).nullable().optional(),
  targetModel: z.enum(MODELS).nullable().optional(),
  accountManagerId: apiId().nullable().optional().meta({ description: "A staff member's user id, or null." }),
  notes: apiLongText(LIMITS.longText).nullable().optional(),
  reportLocale: z
    .enum(LOCALES)
    .nullable()
    .optional()
    .meta({ description: "The language of its steering reports; null: each reader's own." }),
};

export const createOrganizationBody = z
  .object({
    ...facts,
    currentModel: z.enum(MODELS),
    lifecycleStatus: z.enum(NEW_LIFECYCLES),
    clientSince: apiDay()
      .nullable()
      .optional()
      .meta({ description: "For an existing client (ACTIVE): when it started; default today." }),
  })
  .strict();

export const updateOrganizationBody = z
  .object({
    version: apiInt(1, 2_147_483_647).meta({ description: "The `version` you read; 409 if it changed since." }),
    name: facts.name.optional(),
    industry: facts.industry,
    headcount: facts.headcount.optional(),
    sites: facts.sites.optional(),
    endpoints: facts.endpoints,
    targetModel: facts.targetModel,
    accountManagerId: facts.accountManagerId,
    notes: facts.notes,
    reportLocale: facts.reportLocale,
  })
  .strict();

export const listOrganizationsOp = defineOperation({
  id: "listOrganizations",
  method: "GET",
  path: "/organizations",
  tag: "Organizations",
  summary: "List client organizations",
  description: "The tenant's client organizations in a stable order (by id), filtered, one page at a time.",
  permission: "org.read",
  query: z
    .object({
      ...pageQuery,
      serviceModel: z.enum(MODELS).optional().meta({ description: "How it buys IT today." }),
      lifecycle: z.enum(LIFECYCLES).optional(),
      q: z.string().trim().min(1).max(100).optional().meta({ description: "Part of the name (case-insensitive)." }),
    })
    .strict(),
  response: pageOf(apiOrganization),
  status: 200,
  paginated: true,
});

export const getOrganizationOp = defineOperation({
  id: "getOrganization",
  method: "GET",
  path: "/organizations/{id}",
  tag: "Organizations",
  summary: "Get a client organization",
  permission: "org.read",
  params: idParams,
  response: apiOrganization,
  status: 200,
});

export const createOrganizationOp = defineOperation({
  id: "createOrganization",
  method: "POST",
  path: "/organizations",
  tag: "Organizations",
  summary: "Create a client organization",
  description:
    "A prospect, or an existing client (ACTIVE) whose journey starts with its current model on `clientSince`. Send an Idempotency-Key to retry safely.",
  permission: "org.create",
  body: createOrganizationBody,
  response: apiOrganization,
  status: 201,
});

export const updateOrganizationOp = defineOperation({
  id: "updateOrganization",
  method: "PATCH",
  path: "/organizations/{id}",
  tag: "Organizations",
  summary: "Update a client organization's facts",
  description:
    "Fields left out keep their value; null clears an optional field. The service model and lifecycle change through recorded transitions in the app, not here.",
  permission: "org.update",
  params: idParams,
  body: updateOrganizationBody,
  response: apiOrganization,
  status: 200,
});
