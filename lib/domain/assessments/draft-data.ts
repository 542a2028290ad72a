import { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentDraftFields } from "@/lib/domain/assessments/schemas";
import { ENGINE_FIELDS } from "@/lib/domain/assessments/schemas";

/** The form's fields as Assessment columns (one column per engine field; economics: JSON of the overrides, or SQL NULL). */
export function draftData(fields: AssessmentDraftFields) {
  const columns = Object.fromEntries(ENGINE_FIELDS.map((f) => [f, fields[f]])) as {
    [F in (typeof ENGINE_FIELDS)[number]]: AssessmentDraftFields[F];
  };
  return {
    ...columns,
    incidentHistory: fields.incidentHistory
      ? (fields.incidentHistory as unknown as Prisma.InputJsonValue)
      : Prisma.DbNull,
    economics: fields.economics ? (fields.economics as Prisma.InputJsonValue) : Prisma.DbNull,
  };
}

/** Exactly the engine fields and economics of a parsed input (drops ids, versions, keys). */
export function fieldsOf<T extends AssessmentDraftFields>(input: T): AssessmentDraftFields {
  return {
    ...(Object.fromEntries(ENGINE_FIELDS.map((f) => [f, input[f]])) as Omit<
      AssessmentDraftFields,
      "economics" | "incidentHistory"
    >),
    incidentHistory: input.incidentHistory,
    economics: input.economics,
  };
}
