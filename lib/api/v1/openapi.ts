import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { isWrite, type ApiOperation } from "@/lib/api/operation";
import { PAGE_LIMIT } from "@/lib/api/pagination";
import { PROBLEM_BASE, PROBLEM_TYPES, type ProblemType } from "@/lib/api/problem";
import { API_TOKEN_PREFIX } from "@/lib/api/token-secret";
import { apiAssessment, apiAssessmentSummary } from "@/lib/api/v1/assessments";
import {
  apiIntervention,
  apiInterventionUpsertItem,
  apiInterventionUpsertResult,
  upsertInterventionsBody,
} from "@/lib/api/v1/interventions";
import { apiModelChange } from "@/lib/api/v1/model-changes";
import { API_V1_OPERATIONS } from "@/lib/api/v1/operations";
import { apiOrganization, createOrganizationBody, updateOrganizationBody } from "@/lib/api/v1/organizations";
import {
  apiReport,
  apiReportContent,
  apiReportMetrics,
  apiReportSummary,
  createReportBody,
} from "@/lib/api/v1/reports";

export const API_V1_BASE = "/api/v1";

const problem = z
  .object({
    type: z.string().meta({ description: "A URI reference naming the kind of problem." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().meta({ description: "This request's reference, for support." }),
    errors: z
      .array(
        z.object({
          pointer: z.string().optional().meta({ description: "A JSON Pointer into the request body." }),
          parameter: z.string().optional().meta({ description: "A query parameter or header." }),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ description: "RFC 9457 problem details." });

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problem } },
});

const rateHeaders = {
  RateLimit: z
    .string()
    .meta({ description: 'Remaining requests and seconds to the window\'s reset: "per-token";r=599;t=42' }),
  "RateLimit-Policy": z.string().meta({ description: 'The quota: "per-token";q=600;w=60' }),
};

/** What each problem type means, for the responses and the reference page. */
export const PROBLEM_DESCRIPTIONS: Record<ProblemType, string> = {
  unauthorized: "No token, or a token that is unknown, expired or revoked, or whose owner left the team.",
  "read-only-token": "A read token called an operation that writes.",
  suspended: "The tenant's account is suspended.",
  forbidden: "The caller is in scope but may not do this (e.g. a client reader deciding).",
  "not-found": "Nothing with this id in your tenant (ids of other tenants are not found either).",
  "unsupported-media-type": "A body that is not application/json.",
  "malformed-json": "A body that is not valid JSON.",
  validation: "Some fields or parameters are not valid: see `errors`.",
  "idempotency-key-reused": "This Idempotency-Key was already used for a different request.",
  conflict: "The record changed since you read it (`version`), or a concurrent change won: read it again.",
  duplicate: "That already exists.",
  "rate-limited": "Too many requests for this token in the current minute: wait Retry-After seconds.",
  "payload-too-large": "The body is over 1 MB.",
  unavailable: "The service is briefly unavailable; nothing was saved. Retry later.",
  internal: "An error on our side; nothing was saved. Quote `instance` to support.",
};

function operationObject(op: ApiOperation): ZodOpenApiOperationObject {
  const responses: ZodOpenApiOperationObject["responses"] = {
    [String(op.status)]: {
      description: op.status === 201 ? "Created." : "OK.",
      headers: z.object({
        ...rateHeaders,
        ...(op.paginated
          ? { Link: z.string().optional().meta({ description: 'The next page: <…?cursor=…>; rel="next"' }) }
          : {}),
        ...(op.method === "POST"
          ? {
              "Idempotent-Replayed": z
                .literal("true")
                .optional()
                .meta({ description: "This answer is a stored replay." }),
            }
          : {}),
      }),
      content: { "application/json": { schema: op.response } },
    },
    "401": problemResponse(PROBLEM_DESCRIPTIONS.unauthorized),
    "404": problemResponse(PROBLEM_DESCRIPTIONS["not-found"]),
    "429": {
      ...problemResponse(PROBLEM_DESCRIPTIONS["rate-limited"]),
      headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait." }) }),
    },
  };
  if (op.query || op.body) responses["422"] = problemResponse(PROBLEM_DESCRIPTIONS.validation);
  if (isWrite(op)) {
    responses["403"] = problemResponse(PROBLEM_DESCRIPTIONS["read-only-token"]);
    responses["409"] = problemResponse(PROBLEM_DESCRIPTIONS.conflict);
  }
  const headerParams =
    op.method === "POST"
      ? z.object({
          "Idempotency-Key": z
            .string()
            .min(1)
            .max(255)
            .optional()
            .meta({ description: "Any unique string (a UUID): the same key and body replay the first answer." }),
        })
      : undefined;
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    "x-required-access": isWrite(op) ? "read-write" : "read",
    requestParams: {
      ...(op.params ? { path: op.params } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(headerParams ? { header: headerParams } : {}),
    },
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: op.body } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the REST API v1, generated from the operations' zod schemas. */
export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_V1_OPERATIONS) {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    (item as Record<string, ZodOpenApiOperationObject>)[op.method.toLowerCase()] = operationObject(op);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Mainstay API",
      version: "1.0.0",
      description: [
        "The REST API of your Mainstay tenant. Authenticate with an API token created by an owner",
        `(Integrations → API tokens): \`Authorization: Bearer ${API_TOKEN_PREFIX}…\`. A token acts with an account manager's`,
        "permissions inside its tenant; a read token may only call GET operations.",
        `Lists are paginated with an opaque cursor (\`limit\` up to ${PAGE_LIMIT.max}, \`nextCursor\`).`,
        `Errors are RFC 9457 problem details; each type is explained at ${PROBLEM_BASE}<type>.`,
        `Problem types: ${Object.keys(PROBLEM_TYPES).join(", ")}.`,
      ].join(" "),
    },
    servers: [{ url: API_V1_BASE }],
    security: [{ bearerToken: [] }],
    components: {
      // Named by registration (not `.meta({ id })`, whose global registry refuses a module evaluated twice).
      schemas: {
        Problem: problem,
        Organization: apiOrganization,
        OrganizationCreate: createOrganizationBody,
        OrganizationUpdate: updateOrganizationBody,
        Intervention: apiIntervention,
        InterventionUpsert: upsertInterventionsBody,
        InterventionUpsertItem: apiInterventionUpsertItem,
        InterventionUpsertResult: apiInterventionUpsertResult,
        ModelChange: apiModelChange,
        AssessmentSummary: apiAssessmentSummary,
        Assessment: apiAssessment,
        ReportSummary: apiReportSummary,
        Report: apiReport,
        ReportContent: apiReportContent,
        ReportMetrics: apiReportMetrics,
        ReportCreate: createReportBody,
      },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: `An API token (${API_TOKEN_PREFIX}…).` },
      },
    },
    paths,
  });
}

let cached: ReturnType<typeof buildOpenApiDocument> | null = null;
/** Built once per process: it depends on the code only. */
export function openApiDocument() {
  cached ??= buildOpenApiDocument();
  return cached;
}
