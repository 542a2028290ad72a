import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { interventionProblems } from "@/lib/domain/interventions/check-intervention";
import type { CreateInterventionInput } from "@/lib/domain/interventions/schemas";
import { assertOrganizationInTenant, staffTenant } from "@/lib/domain/scope";
import { fieldErrors, notFound } from "@/lib/errors";
import { interventionAmount } from "@/lib/interventions/amount";

/**
 * Records one intervention for an organization of the caller's tenant. Without an amount
 * billed, the amount is hours × the tenant's hourly rate now (kept with the rate used).
 */
export async function createIntervention(tx: Tx, actor: Actor, input: CreateInterventionInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const [, tenant] = await Promise.all([
    assertOrganizationInTenant(tx, tenantId, input.organizationId),
    tx.tenant.findFirst({ where: { id: tenantId }, select: { hourlyRate: true } }),
  ]);
  if (!tenant) throw notFound();
  const problems = interventionProblems(input);
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);
  if (input.externalId && input.sourceSystem) {
    const taken = await tx.intervention.count({
      where: { tenantId, sourceSystem: input.sourceSystem, externalId: input.externalId },
    });
    if (taken > 0) throw fieldErrors({ externalId: "interventions.errors.externalIdTaken" });
  }
  const intervention = await tx.intervention.create({
    data: {
      tenantId,
      organizationId: input.organizationId,
      occurredOn: input.occurredOn,
      kind: input.kind,
      hours: input.hours,
      ...interventionAmount({
        hours: input.hours,
        amountBilled: input.amountBilled,
        tenantHourlyRate: tenant.hourlyRate,
      }),
      category: input.category,
      detection: input.detection,
      peopleAffected: input.peopleAffected,
      recurringCause: input.recurringCause,
      sourceSystem: input.sourceSystem,
      externalId: input.externalId,
      note: input.note,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "intervention.create",
    targetType: "Intervention",
    targetId: intervention.id,
    metadata: { organizationId: input.organizationId },
  });
  return { id: intervention.id, organizationId: input.organizationId };
}
