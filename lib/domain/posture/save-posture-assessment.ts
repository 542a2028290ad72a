import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { staffTenant } from "@/lib/domain/scope";
import type { SavePostureInput } from "@/lib/domain/posture/schemas";
import { writeAnswers } from "@/lib/domain/posture/write-answers";
import { conflict, notFound, refuse } from "@/lib/errors";
import { catalogFor } from "@/lib/posture/catalog";

/** A finalized posture assessment is a record: it never changes again. */
export const postureAlreadyFinal = () => refuse("CONFLICT", "posture.errors.alreadyFinal");

/** Saves a draft's answers (optimistic locking; a final assessment cannot be edited). */
export async function savePostureAssessment(
  tx: Tx,
  actor: Actor,
  input: SavePostureInput,
  ctx: DomainContext,
): Promise<{ id: string; organizationId: string; version: number }> {
  const tenantId = staffTenant(actor);
  const current = await tx.postureAssessment.findFirst({
    where: { tenantId, id: input.id },
    select: { status: true, version: true, organizationId: true, catalogVersion: true },
  });
  if (!current) throw notFound();
  if (current.status === "FINAL") throw postureAlreadyFinal();
  if (current.version !== input.expectedVersion) throw conflict();
  const catalog = catalogFor(current.catalogVersion);
  if (!catalog) throw refuse("CONFLICT", "posture.errors.unknownCatalog");
  const { count } = await tx.postureAssessment.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: "DRAFT" },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await writeAnswers(tx, { tenantId, assessmentId: input.id }, input.answers, catalog);
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "posture.update",
    targetType: "PostureAssessment",
    targetId: input.id,
  });
  return { id: input.id, organizationId: current.organizationId, version: input.expectedVersion + 1 };
}
