import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { draftData, fieldsOf } from "@/lib/domain/assessments/draft-data";
import { sourceHistory } from "@/lib/domain/assessments/source-history";
import type { CreateAssessmentInput } from "@/lib/domain/assessments/schemas";
import { staffOrganizationTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** Saves a new draft assessment of an organization of the caller's tenant (answers may be partial). */
export async function createAssessment(tx: Tx, actor: Actor, input: CreateAssessmentInput, ctx: DomainContext) {
  const tenantId = await staffOrganizationTenant(tx, actor, input.organizationId);
  const fields = await sourceHistory(tx, actor, { organizationId: input.organizationId, fields: fieldsOf(input) }, ctx);
  const row = await tx.assessment.create({
    data: {
      tenantId,
      organizationId: input.organizationId,
      authorId: actor.userId,
      status: "DRAFT",
      ...draftData(fields),
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
