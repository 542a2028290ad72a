import type { Tx } from "@/lib/db/context";
import type { AnswersInput } from "@/lib/domain/posture/schemas";
import { fieldErrors } from "@/lib/errors";
import type { PostureCatalog } from "@/lib/posture/catalog";

/**
 * Replaces the stored answers of a posture assessment with the form's (the questionnaire always
 * sends every question). Questions that are not in the assessment's catalog are refused on their
 * own field; fully empty answers are not stored.
 */
export async function writeAnswers(
  tx: Tx,
  target: { tenantId: string; assessmentId: string },
  answers: AnswersInput,
  catalog: PostureCatalog,
): Promise<void> {
  const known = new Set(catalog.questions.map((q) => q.id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length)
    throw fieldErrors(Object.fromEntries(unknown.map((id) => [`answers.${id}`, "posture.errors.unknownQuestion"])));
  await tx.postureAnswer.deleteMany({ where: target });
  const rows = Object.entries(answers)
    .filter(([, a]) => a && (a.level !== null || a.evidence !== null || a.asOf !== null))
    .map(([questionId, a]) => ({
      ...target,
      questionId,
      level: a!.level,
      evidence: a!.evidence,
      asOf: a!.asOf,
    }));
  if (rows.length) await tx.postureAnswer.createMany({ data: rows });
}
