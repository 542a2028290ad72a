import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { getAssessment } from "@/lib/domain/assessments/get-assessment";
import { staffTenant } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";

/** One assessment of the tenant by its id alone (the API's addresses carry no organization id). */
export async function getAssessmentById(tx: Tx, actor: Actor, id: string) {
  const tenantId = staffTenant(actor);
  const row = await tx.assessment.findFirst({ where: { tenantId, id }, select: { organizationId: true } });
  if (!row) throw notFound();
  return getAssessment(tx, actor, row.organizationId, id);
}
