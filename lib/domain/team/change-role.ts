import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { assertAnotherActiveOwner } from "@/lib/domain/team/owner-guard";
import type { ChangeRoleInput } from "@/lib/domain/team/schemas";
import { conflict, fieldErrors, notFound } from "@/lib/errors";
import { ownerTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { lockOwners } from "@/lib/domain/team/lock-owners";

/**
 * Switches a staff member between owner and account manager; never leaves the tenant without an
 * active owner. Ends every session the member had (sessionVersion): they sign in again.
 */
export async function changeRole(tx: Tx, actor: Actor, input: ChangeRoleInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  await lockOwners(tx, tenantId);
  const member = await tx.membership.findFirst({
    where: { tenantId, id: input.membershipId, removedAt: null },
    select: { id: true, role: true, version: true, userId: true, user: { select: { disabled: true } } },
  });
  if (!member) throw notFound();
  if (member.version !== input.expectedVersion) throw conflict();
  if (member.role === "CLIENT") throw fieldErrors({ role: "team.errors.clientRoleFixed" });
  if (member.role === input.role) return { membershipId: member.id, version: member.version };
  if (member.role === "OWNER" && !member.user.disabled) await assertAnotherActiveOwner(tx, tenantId, member.userId);

  const { count } = await tx.membership.updateMany({
    where: { tenantId, id: member.id, version: input.expectedVersion, removedAt: null },
    data: { role: input.role, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  // Every session of theirs ends: they sign in again under the new role.
  await tx.user.updateMany({ where: { id: member.userId }, data: { sessionVersion: { increment: 1 } } });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "team.changeRole",
    targetType: "Membership",
    targetId: member.id,
    metadata: { userId: member.userId, from: member.role, to: input.role },
  });
  return { membershipId: member.id, version: input.expectedVersion + 1 };
}
