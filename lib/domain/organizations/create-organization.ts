import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { isAssignableManager } from "@/lib/domain/organizations/assignable-manager";
import type { CreateOrganizationInput } from "@/lib/domain/organizations/schemas";
import { todayUtc } from "@/lib/domain/organizations/today";
import { fieldErrors } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { nameTaken } from "@/lib/domain/organizations/name-taken";

/**
 * Creates a client organization. An existing client (ACTIVE) starts its journey with a first
 * ServiceModelChange (from nothing to its current model) dated `clientSince` (default today).
 */
export async function createOrganization(tx: Tx, actor: Actor, input: CreateOrganizationInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const today = todayUtc();
  const problems: Parameters<typeof fieldErrors>[0] = {};
  if (await nameTaken(tx, tenantId, input.name)) problems.name = "orgs.errors.nameTaken";
  if (input.accountManagerId && !(await isAssignableManager(tx, tenantId, input.accountManagerId))) {
    problems.accountManagerId = "validation.invalidOption";
  }
  if (input.clientSince && input.clientSince > today) problems.clientSince = "orgs.errors.clientSinceFuture";
  if (input.clientSince && input.lifecycleStatus !== "ACTIVE") problems.clientSince = "orgs.errors.clientSinceProspect";
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);

  const org = await tx.clientOrganization.create({
    data: {
      tenantId,
      name: input.name,
      industry: input.industry,
      headcount: input.headcount,
      sites: input.sites,
      endpoints: input.endpoints,
      currentModel: input.currentModel,
      targetModel: input.targetModel,
      lifecycleStatus: input.lifecycleStatus,
      accountManagerId: input.accountManagerId,
      notes: input.notes,
      reportLocale: input.reportLocale,
    },
    select: { id: true },
  });
  if (input.lifecycleStatus === "ACTIVE") {
    await tx.serviceModelChange.create({
      data: {
        tenantId,
        organizationId: org.id,
        fromModel: null,
        toModel: input.currentModel,
        effectiveDate: input.clientSince ?? today,
        reasonCode: "EXISTING_CLIENT", // a code, rendered in the reader's locale
        recordedById: actor.userId,
      },
      select: { id: true },
    });
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "org.create",
    targetType: "ClientOrganization",
    targetId: org.id,
    metadata: { lifecycleStatus: input.lifecycleStatus, currentModel: input.currentModel },
  });
  return { id: org.id };
}
