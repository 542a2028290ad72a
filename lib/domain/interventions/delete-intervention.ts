import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { DeleteInterventionInput } from "@/lib/domain/interventions/schemas";
import { staffTenant } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";

/** Removes an intervention recorded by mistake (the audit trail keeps what it was). */
export async function deleteIntervention(tx: Tx, actor: Actor, input: DeleteInterventionInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const row = await tx.intervention.findFirst({
    where: { tenantId, id: input.id },
    select: { organizationId: true, occurredOn: true, hours: true, amount: true, category: true, externalId: true },
  });
  if (!row) throw notFound();
  const { count } = await tx.intervention.deleteMany({ where: { tenantId, id: input.id } });
  if (count === 0) throw notFound();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "intervention.delete",
    targetType: "Intervention",
    targetId: input.id,
    metadata: { ...row, occurredOn: row.occurredOn.toISOString().slice(0, 10) },
  });
  return { id: input.id, organizationId: row.organizationId };
}
