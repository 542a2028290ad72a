import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { draftData, fieldsOf } from "@/lib/domain/assessments/draft-data";
import type { CreateAssessmentInput } from "@/lib/domain/assessments/schemas";
import { notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** Saves a new draft assessment of an organization of the caller's tenant (answers may be partial). */
export async function createAssessment(tx: Tx, actor: Actor, input: CreateAssessmentInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const org = await tx.clientOrganization.count({ where: { tenantId, id: input.organizationId } });
  if (org === 0) throw notFound();
  const row = await tx.assessment.create({
    data: {
      tenantId,
      organizationId: input.organizationId,
      authorId: actor.userId,
      status: "DRAFT",
      ...draftData(fieldsOf(input)),
    },
    select: { id: true, version: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "assessment.create",
    targetType: "Assessment",
    targetId: row.id,
    metadata: { organizationId: input.organizationId },
  });
  return { id: row.id, organizationId: input.organizationId, version: row.version };
}
