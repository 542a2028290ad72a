import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import type { SetClientAccessInput } from "@/lib/domain/team/schemas";
import { conflict, fieldErrors, notFound } from "@/lib/errors";

/**
 * The owner makes a client user a reader or an approver of their organization (who may decide:
 * lib/domain/decisions/assert-approver.ts). Staff memberships have no such level. Read on every
 * decision, so the change applies at once without ending the user's sessions.
 */
export async function setClientAccess(tx: Tx, actor: Actor, input: SetClientAccessInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  const member = await tx.membership.findFirst({
    where: { tenantId, id: input.membershipId, removedAt: null },
    select: { id: true, role: true, version: true, userId: true, organizationId: true, clientAccess: true },
  });
  if (!member) throw notFound();
  if (member.version !== input.expectedVersion) throw conflict();
  if (member.role !== "CLIENT") throw fieldErrors({ access: "team.errors.accessClientOnly" });
  if (member.clientAccess === input.access) return { membershipId: member.id, version: member.version };

  const { count } = await tx.membership.updateMany({
    where: { tenantId, id: member.id, version: input.expectedVersion, removedAt: null },
    data: { clientAccess: input.access, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "team.setClientAccess",
    targetType: "Membership",
    targetId: member.id,
    metadata: {
      userId: member.userId,
      organizationId: member.organizationId,
      from: member.clientAccess,
      to: input.access,
    },
  });
  return { membershipId: member.id, version: input.expectedVersion + 1 };
}
