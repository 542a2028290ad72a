import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { draftData, fieldsOf } from "@/lib/domain/assessments/draft-data";
import { sourceHistory } from "@/lib/domain/assessments/source-history";
import type { SaveAssessmentInput } from "@/lib/domain/assessments/schemas";
import { conflict, notFound, refuse } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** A finalized assessment is a record of what was decided: it never changes again. */
export const alreadyFinal = () => refuse("CONFLICT", "assessments.errors.alreadyFinal");

/** Saves a draft's answers (optimistic locking; a final assessment cannot be edited). */
export async function saveAssessment(tx: Tx, actor: Actor, input: SaveAssessmentInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const current = await tx.assessment.findFirst({
    where: { tenantId, id: input.id },
    select: { status: true, organizationId: true },
  });
  if (!current) throw notFound();
  const fields = await sourceHistory(
    tx,
    actor,
    { organizationId: current.organizationId, fields: fieldsOf(input) },
    ctx,
  );
  const { count } = await tx.assessment.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: "DRAFT" },
    data: { ...draftData(fields), version: { increment: 1 } },
  });
  if (count === 0) throw current.status === "FINAL" ? alreadyFinal() : conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "assessment.update",
    targetType: "Assessment",
    targetId: input.id,
  });
  return { id: input.id, organizationId: current.organizationId, version: input.expectedVersion + 1 };
}
