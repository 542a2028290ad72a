import { z } from "zod";
import { ALL_QUESTION_IDS } from "@/lib/posture/catalog";
import { ANSWER_LEVELS } from "@/lib/posture/vocabulary";
import { todayUtc } from "@/lib/domain/organizations/today";
import { expectedVersion, id, idempotencyKey, isoDate, optionalLongText } from "@/lib/validation/fields";

/**
 * Inputs of the posture actions, in the shape the questionnaire sends: one entry per question,
 * `answers.<questionId>.level | evidence | asOf`, strings ("" = not answered yet). A draft may
 * leave anything empty; finalizing requires every answer (finalize-posture-assessment.ts).
 */
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

export const EVIDENCE_MAX = 2_000;

/** The day an answer was true: a real calendar day, never after today (UTC). */
export const asOfDate = () => isoDate().refine((d) => d.getTime() <= todayUtc().getTime(), { message: "dateInFuture" });

export const answerInput = z
  .object({
    level: z.preprocess((v) => (blank(v) ? null : v), z.enum(ANSWER_LEVELS).nullable()).default(null),
    evidence: optionalLongText(EVIDENCE_MAX).default(null),
    asOf: z.preprocess((v) => (blank(v) ? null : v), asOfDate().nullable()).default(null),
  })
  .strict();
export type AnswerInput = z.output<typeof answerInput>;

/** Answers keyed by question id; ids of any catalog version (the domain checks the assessment's own). */
export const answersInput = z
  .object(
    Object.fromEntries(ALL_QUESTION_IDS.map((q) => [q, answerInput.optional()])) as Record<
      string,
      z.ZodOptional<typeof answerInput>
    >,
  )
  .strict()
  .default({});
export type AnswersInput = z.output<typeof answersInput>;

export const createPostureSchema = z
  .object({ organizationId: id(), idempotencyKey: idempotencyKey(), answers: answersInput })
  .strict();
export type CreatePostureInput = z.output<typeof createPostureSchema>;

/** Saving a draft and finalizing take the same input: the answers and the version loaded. */
export const savePostureSchema = z
  .object({ id: id(), expectedVersion: expectedVersion(), answers: answersInput })
  .strict();
export type SavePostureInput = z.output<typeof savePostureSchema>;

/** Where gaps go in the next steering report. */
export const REPORT_TARGETS = ["recommendations", "roadmap"] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

export const postureToReportSchema = z
  .object({
    id: id(),
    questionIds: z
      .array(z.enum(ALL_QUESTION_IDS as [string, ...string[]]))
      .min(1)
      .max(30)
      .refine((list) => new Set(list).size === list.length, { message: "invalid" }),
    target: z.enum(REPORT_TARGETS),
  })
  .strict();
export type PostureToReportInput = z.output<typeof postureToReportSchema>;

/** Export formats of a finalized posture assessment (app/api/posture/[id]/export). */
export const EXPORT_FORMATS = ["oscal", "csv"] as const;
export const postureExportQuery = z.object({ format: z.enum(EXPORT_FORMATS).default("oscal") }).strict();
export const postureRefParams = z.object({ id: id() }).strict();
