import type { Prisma } from "@/lib/generated/prisma/client";
import { currentCatalog, type PostureCatalog } from "@/lib/posture/catalog";
import { scorePosture } from "@/lib/posture/score";
import type { AnswerLevel } from "@/lib/posture/vocabulary";
import type { OwnerDb } from "@/lib/seed/factories";

export type SeedAnswer = {
  questionId: string;
  level: AnswerLevel | null;
  evidence?: string | null;
  asOf?: Date | null;
};

const DAY = 86_400_000;

/**
 * A posture assessment written straight through the owner connection (seed and test factory),
 * scored with the app's own scoring (lib/posture/score.ts) when final, exactly as
 * finalize-posture-assessment.ts stores it.
 */
export async function createPostureAssessment(
  db: OwnerDb,
  data: {
    tenantId: string;
    organizationId: string;
    authorId: string;
    answers: SeedAnswer[];
    status?: "DRAFT" | "FINAL";
    finalizedAt?: Date;
    catalog?: PostureCatalog;
  },
) {
  const catalog = data.catalog ?? currentCatalog();
  const status = data.status ?? "FINAL";
  const finalizedAt = status === "FINAL" ? (data.finalizedAt ?? new Date()) : null;
  const result = status === "FINAL" ? scorePosture(catalog, data.answers) : null;
  const row = await db.postureAssessment.create({
    data: {
      tenantId: data.tenantId,
      organizationId: data.organizationId,
      authorId: data.authorId,
      status,
      catalogVersion: catalog.version,
      result: (result ?? undefined) as Prisma.InputJsonValue | undefined,
      score: result?.overall ?? null,
      finalizedAt,
      ...(finalizedAt ? { createdAt: new Date(finalizedAt.getTime() - 2 * DAY) } : {}),
    },
  });
  await db.postureAnswer.createMany({
    data: data.answers.map((a) => ({
      tenantId: data.tenantId,
      assessmentId: row.id,
      questionId: a.questionId,
      level: a.level,
      evidence: a.evidence ?? null,
      asOf:
        a.asOf ??
        (finalizedAt
          ? new Date(Date.UTC(finalizedAt.getUTCFullYear(), finalizedAt.getUTCMonth(), finalizedAt.getUTCDate()))
          : null),
    })),
  });
  return row;
}

/** Every question answered with one level (tests). */
export function uniformAnswers(level: AnswerLevel, asOf: Date | null = null, catalog = currentCatalog()): SeedAnswer[] {
  return catalog.questions.map((q) => ({
    questionId: q.id,
    level,
    evidence: level === "verified" ? "Checked." : null,
    asOf,
  }));
}
