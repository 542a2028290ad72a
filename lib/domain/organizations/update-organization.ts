import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { isAssignableManager } from "@/lib/domain/organizations/assignable-manager";
import type { UpdateOrganizationInput } from "@/lib/domain/organizations/schemas";
import { conflict, fieldErrors, notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { nameTaken } from "@/lib/domain/organizations/name-taken";

/** Edits an organization's facts, with optimistic locking (`expectedVersion`). */
export async function updateOrganization(tx: Tx, actor: Actor, input: UpdateOrganizationInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const current = await tx.clientOrganization.findFirst({
    where: { tenantId, id: input.id },
    select: { version: true, accountManagerId: true },
  });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict();
  const problems: Parameters<typeof fieldErrors>[0] = {};
  if (await nameTaken(tx, tenantId, input.name, input.id)) problems.name = "orgs.errors.nameTaken";
  // Keeping a manager who has since left the team is allowed; assigning one is not.
  if (
    input.accountManagerId &&
    input.accountManagerId !== current.accountManagerId &&
    !(await isAssignableManager(tx, tenantId, input.accountManagerId))
  ) {
    problems.accountManagerId = "validation.invalidOption";
  }
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);

  const { count } = await tx.clientOrganization.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion },
    data: {
      name: input.name,
      industry: input.industry,
      headcount: input.headcount,
      sites: input.sites,
      endpoints: input.endpoints,
      targetModel: input.targetModel,
      accountManagerId: input.accountManagerId,
      notes: input.notes,
      reportLocale: input.reportLocale,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "org.update",
    targetType: "ClientOrganization",
    targetId: input.id,
  });
  return { id: input.id, version: input.expectedVersion + 1 };
}
