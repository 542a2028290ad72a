import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { staffOrganizationTenant } from "@/lib/domain/scope";
import type { CreatePostureInput } from "@/lib/domain/posture/schemas";
import { writeAnswers } from "@/lib/domain/posture/write-answers";
import { currentCatalog } from "@/lib/posture/catalog";

/** Saves a new draft posture assessment of an organization of the caller's tenant, on the current catalog. */
export async function createPostureAssessment(
  tx: Tx,
  actor: Actor,
  input: CreatePostureInput,
  ctx: DomainContext,
): Promise<{ id: string; organizationId: string; version: number }> {
  const tenantId = await staffOrganizationTenant(tx, actor, input.organizationId);
  const catalog = currentCatalog();
  const row = await tx.postureAssessment.create({
    data: {
      tenantId,
      organizationId: input.organizationId,
      authorId: actor.userId,
      status: "DRAFT",
      catalogVersion: catalog.version,
    },
    select: { id: true, version: true },
  });
  await writeAnswers(tx, { tenantId, assessmentId: row.id }, input.answers, catalog);
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "posture.create",
    targetType: "PostureAssessment",
    targetId: row.id,
    metadata: { organizationId: input.organizationId, catalogVersion: catalog.version },
  });
  return { id: row.id, organizationId: input.organizationId, version: row.version };
}
