import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { draftData, fieldsOf } from "@/lib/domain/assessments/draft-data";
import type { SaveAssessmentInput } from "@/lib/domain/assessments/schemas";
import { conflict, notFound, refuse } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** A finalized assessment is a record of what was decided: it never changes again. */
export const alreadyFinal = () => refuse("CONFLICT", "assessments.errors.alreadyFinal");

/** Saves a draft's answers (optimistic locking; a final assessment cannot be edited). */
export async function saveAssessment(tx: Tx, actor: Actor, input: SaveAssessmentInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const { count } = await tx.assessment.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: "DRAFT" },
    data: { ...draftData(fieldsOf(input)), version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.assessment.findFirst({ where: { tenantId, id: input.id }, select: { status: true } });
    if (!current) throw notFound();
    throw current.status === "FINAL" ? alreadyFinal() : conflict();
  }
  const row = await tx.assessment.findFirst({ where: { tenantId, id: input.id }, select: { organizationId: true } });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "assessment.update",
    targetType: "Assessment",
    targetId: input.id,
  });
  return { id: input.id, organizationId: row!.organizationId, version: input.expectedVersion + 1 };
}
