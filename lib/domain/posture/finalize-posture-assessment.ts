import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffTenant } from "@/lib/domain/scope";
import { postureAlreadyFinal } from "@/lib/domain/posture/save-posture-assessment";
import type { SavePostureInput } from "@/lib/domain/posture/schemas";
import { writeAnswers } from "@/lib/domain/posture/write-answers";
import { AppError, conflict, notFound, refuse, type FieldErrors } from "@/lib/errors";
import { catalogFor } from "@/lib/posture/catalog";
import { scorePosture } from "@/lib/posture/score";

/**
 * Finalizes a draft with the answers in the form: every question needs a level (or "does not
 * apply") and an as-of date, and "verified" needs its evidence. The scores are computed once
 * (lib/posture/score.ts) and stored as computed. All or nothing: a refusal leaves the stored
 * draft as it was, and each problem is reported on its own field.
 */
export async function finalizePostureAssessment(
  tx: Tx,
  actor: Actor,
  input: SavePostureInput,
  ctx: DomainContext,
): Promise<{ id: string; organizationId: string; version: number; overall: number | null }> {
  const tenantId = staffTenant(actor);
  const now = ctx.now ?? new Date();
  const current = await tx.postureAssessment.findFirst({
    where: { tenantId, id: input.id },
    select: { status: true, version: true, organizationId: true, catalogVersion: true },
  });
  if (!current) throw notFound();
  if (current.status === "FINAL") throw postureAlreadyFinal();
  if (current.version !== input.expectedVersion) throw conflict();
  const catalog = catalogFor(current.catalogVersion);
  if (!catalog) throw refuse("CONFLICT", "posture.errors.unknownCatalog");

  const problems: FieldErrors = {};
  let incomplete = 0;
  for (const q of catalog.questions) {
    const a = input.answers[q.id];
    const before = Object.keys(problems).length;
    if (!a?.level) problems[`answers.${q.id}.level`] = { key: "validation.required" };
    if (!a?.asOf) problems[`answers.${q.id}.asOf`] = { key: "validation.required" };
    if (a?.level === "verified" && !a.evidence)
      problems[`answers.${q.id}.evidence`] = { key: "posture.errors.evidenceRequired" };
    if (Object.keys(problems).length > before) incomplete++;
  }
  if (incomplete > 0)
    throw new AppError("VALIDATION", {
      key: "posture.errors.incomplete",
      params: { count: incomplete },
      fieldErrors: problems,
    });

  await writeAnswers(tx, { tenantId, assessmentId: input.id }, input.answers, catalog);
  const result = scorePosture(
    catalog,
    catalog.questions.map((q) => ({ questionId: q.id, level: input.answers[q.id]?.level ?? null })),
  );
  const { count } = await tx.postureAssessment.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: "DRAFT" },
    data: {
      status: "FINAL",
      result: result as unknown as Prisma.InputJsonValue,
      score: result.overall,
      finalizedAt: now,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "posture.finalize",
    targetType: "PostureAssessment",
    targetId: input.id,
    metadata: { overall: result.overall, catalogVersion: catalog.version, scoringVersion: result.scoringVersion },
  });
  return {
    id: input.id,
    organizationId: current.organizationId,
    version: input.expectedVersion + 1,
    overall: result.overall,
  };
}
