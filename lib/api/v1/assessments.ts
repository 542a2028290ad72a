import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { pageOf, pageQuery } from "@/lib/api/pagination";
import { apiId, apiTimestamp, idParams, ts, tsOrNull } from "@/lib/api/v1/fields";
import { MODELS } from "@/lib/vocabulary";

const STATUSES = ["DRAFT", "FINAL"] as const;

/** Assessments (the decision engine's input and stored result) in the REST API v1. */
const summaryFields = {
  id: z.string(),
  organizationId: z.string(),
  status: z.enum(STATUSES),
  recommendation: z.enum(MODELS).nullable().meta({ description: "The engine's recommendation (final only)." }),
  confidence: z.string().nullable(),
  costGap: z
    .number()
    .nullable()
    .meta({ description: "Monthly cost of the current model minus the recommended one, at finalization." }),
  engineVersion: z.string().nullable(),
  finalizedAt: apiTimestamp().nullable(),
  version: z.number().int(),
  createdAt: apiTimestamp(),
  updatedAt: apiTimestamp(),
};
export const apiAssessmentSummary = z.object(summaryFields);
export const apiAssessment = z
  .object({
    ...summaryFields,
    answers: z
      .record(z.string(), z.unknown())
      .meta({ description: "The answers the engine read (the assessment form's fields)." }),
    result: z.record(z.string(), z.unknown()).nullable().meta({
      description:
        "A final assessment's engine result exactly as stored at finalization (never recomputed): recommendation, scores, confidence, grid, reasons and conditions as text codes with parameters, costs with their assumptions. Null for a draft.",
    }),
  })
  .strict();

type Dates = { finalizedAt: Date | null; createdAt: Date; updatedAt: Date };
export function toApiAssessmentSummary<T extends Dates>(r: T) {
  return { ...r, finalizedAt: tsOrNull(r.finalizedAt), createdAt: ts(r.createdAt), updatedAt: ts(r.updatedAt) };
}

export const listAssessmentsOp = defineOperation({
  id: "listAssessments",
  method: "GET",
  path: "/assessments",
  tag: "Assessments",
  summary: "List assessments",
  permission: "assessment.read",
  query: z.object({ ...pageQuery, organizationId: apiId().optional(), status: z.enum(STATUSES).optional() }).strict(),
  response: pageOf(apiAssessmentSummary),
  status: 200,
  paginated: true,
});

export const getAssessmentOp = defineOperation({
  id: "getAssessment",
  method: "GET",
  path: "/assessments/{id}",
  tag: "Assessments",
  summary: "Get an assessment with its engine result",
  permission: "assessment.read",
  params: idParams,
  response: apiAssessment,
  status: 200,
});
