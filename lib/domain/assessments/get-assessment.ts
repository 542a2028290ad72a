import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { assessmentInputSelect, draftFieldsOf } from "@/lib/domain/assessments/stored-input";
import { readStoredResult } from "@/lib/domain/assessments/stored-result";
import { notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";

/**
 * One assessment of one organization (both ids must match, within the tenant): its answers, and
 * for a final one the result exactly as stored when it was finalized (never recomputed).
 */
export async function getAssessment(tx: Tx, actor: Actor, organizationId: string, id: string) {
  const tenantId = staffTenant(actor);
  const row = await tx.assessment.findFirst({
    where: { tenantId, organizationId, id },
    select: {
      ...assessmentInputSelect,
      id: true,
      organizationId: true,
      status: true,
      result: true,
      recommendation: true,
      confidence: true,
      costGap: true,
      engineVersion: true,
      finalizedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { user: { select: { name: true } } } },
    },
  });
  if (!row) throw notFound();
  return {
    id: row.id,
    organizationId: row.organizationId,
    status: row.status,
    fields: draftFieldsOf(row),
    // Stored JSON, as computed by the engine version recorded beside it.
    result: row.status === "FINAL" ? readStoredResult(row.result) : null,
    recommendation: row.recommendation,
    confidence: row.confidence,
    costGap: row.costGap,
    engineVersion: row.engineVersion,
    finalizedAt: row.finalizedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    authorName: row.author.user.name,
  };
}
export type AssessmentView = Awaited<ReturnType<typeof getAssessment>>;
