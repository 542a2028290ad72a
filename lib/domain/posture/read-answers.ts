import type { Tx } from "@/lib/db/context";
import type { AnswerLevel } from "@/lib/posture/vocabulary";

export type StoredAnswer = {
  questionId: string;
  level: AnswerLevel | null;
  evidence: string | null;
  asOf: Date | null;
};

/** The stored answers of posture assessments of the caller's tenant, by assessment (one query). */
export async function readAnswers(
  tx: Tx,
  tenantId: string,
  assessmentIds: readonly string[],
): Promise<Map<string, StoredAnswer[]>> {
  const out = new Map<string, StoredAnswer[]>(assessmentIds.map((id) => [id, []]));
  if (!assessmentIds.length) return out;
  const rows = await tx.postureAnswer.findMany({
    where: { tenantId, assessmentId: { in: [...assessmentIds] } },
    select: { assessmentId: true, questionId: true, level: true, evidence: true, asOf: true },
  });
  for (const r of rows)
    out.get(r.assessmentId)?.push({ questionId: r.questionId, level: r.level, evidence: r.evidence, asOf: r.asOf });
  return out;
}
