import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import { readAnswers, type StoredAnswer } from "@/lib/domain/posture/read-answers";
import { notFound } from "@/lib/errors";
import type { PostureResult } from "@/lib/posture/score";
import { readPostureResult } from "@/lib/posture/stored-result";

export type PostureAssessmentView = {
  id: string;
  organizationId: string;
  status: "DRAFT" | "FINAL";
  version: number;
  catalogVersion: string;
  /** Stored as computed at finalization; null for a draft (or an unreadable stored result). */
  result: PostureResult | null;
  finalizedAt: Date | null;
  updatedAt: Date;
  authorName: string;
  answers: StoredAnswer[];
};

export type EarlierPosture = { id: string; finalizedAt: Date; score: number | null };

export type PostureView = {
  assessment: PostureAssessmentView;
  /** Finalized assessments of the organization before this one, newest first (at most 24). */
  earlier: EarlierPosture[];
  /** The one compared with: the requested earlier assessment, else the previous one; null if none. */
  comparison: {
    id: string;
    finalizedAt: Date;
    catalogVersion: string;
    result: PostureResult | null;
    answers: StoredAnswer[];
  } | null;
};

/**
 * One posture assessment of one organization (both ids must match, within the tenant) with its
 * answers and, for a final one, what it is compared with: `compareWith` when it names an earlier
 * final assessment of the same organization, otherwise the one finalized just before. Three
 * queries whatever the number of answers.
 */
export async function getPostureView(
  tx: Tx,
  actor: Actor,
  input: { organizationId: string; id: string; compareWith?: string | null },
): Promise<PostureView> {
  const tenantId = staffTenant(actor);
  const row = await tx.postureAssessment.findFirst({
    where: { tenantId, organizationId: input.organizationId, id: input.id },
    select: {
      id: true,
      organizationId: true,
      status: true,
      version: true,
      catalogVersion: true,
      result: true,
      finalizedAt: true,
      updatedAt: true,
      author: { select: { user: { select: { name: true } } } },
    },
  });
  if (!row) throw notFound();
  const earlierRows =
    row.status === "FINAL" && row.finalizedAt
      ? await tx.postureAssessment.findMany({
          where: {
            tenantId,
            organizationId: row.organizationId,
            status: "FINAL",
            finalizedAt: { lt: row.finalizedAt },
          },
          orderBy: [{ finalizedAt: "desc" }, { id: "desc" }],
          take: 24,
          select: { id: true, finalizedAt: true, score: true, result: true, catalogVersion: true },
        })
      : [];
  const target = earlierRows.find((e) => e.id === input.compareWith) ?? earlierRows[0] ?? null;
  const answers = await readAnswers(tx, tenantId, target ? [row.id, target.id] : [row.id]);
  return {
    assessment: {
      id: row.id,
      organizationId: row.organizationId,
      status: row.status,
      version: row.version,
      catalogVersion: row.catalogVersion,
      result: row.status === "FINAL" ? readPostureResult(row.result) : null,
      finalizedAt: row.finalizedAt,
      updatedAt: row.updatedAt,
      authorName: row.author.user.name,
      answers: answers.get(row.id) ?? [],
    },
    earlier: earlierRows.map((e) => ({ id: e.id, finalizedAt: e.finalizedAt!, score: e.score })),
    comparison: target
      ? {
          id: target.id,
          finalizedAt: target.finalizedAt!,
          catalogVersion: target.catalogVersion,
          result: readPostureResult(target.result),
          answers: answers.get(target.id) ?? [],
        }
      : null,
  };
}
