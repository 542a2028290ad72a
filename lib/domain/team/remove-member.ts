import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { assertAnotherActiveOwner } from "@/lib/domain/team/owner-guard";
import type { RemoveMemberInput } from "@/lib/domain/team/schemas";
import { conflict, notFound, refuse } from "@/lib/errors";
import { ownerTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { lockOwners } from "@/lib/domain/team/lock-owners";

/**
 * Removes a member: the membership row stays (it authored calls and reports)
 * with `removedAt` set, which ends their access on their next request. In the
 * same transaction, organizations they managed are unassigned and their pending
 * password-reset links are revoked. Never the last active owner, never oneself.
 */
export async function removeMember(tx: Tx, actor: Actor, input: RemoveMemberInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  await lockOwners(tx, tenantId);
  const member = await tx.membership.findFirst({
    where: { tenantId, id: input.membershipId, removedAt: null },
    select: { id: true, role: true, version: true, userId: true, user: { select: { email: true, disabled: true } } },
  });
  if (!member) throw notFound();
  if (member.version !== input.expectedVersion) throw conflict();
  if (member.userId === actor.userId) throw refuse("CONFLICT", "team.errors.notYourself");
  if (member.role === "OWNER" && !member.user.disabled) await assertAnotherActiveOwner(tx, tenantId, member.userId);

  const now = new Date();
  const { count } = await tx.membership.updateMany({
    where: { tenantId, id: member.id, version: input.expectedVersion, removedAt: null },
    data: { removedAt: now, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  const unassigned = await tx.clientOrganization.updateMany({
    where: { tenantId, accountManagerId: member.userId },
    data: { accountManagerId: null, version: { increment: 1 } },
  });
  await tx.invitation.updateMany({
    where: { tenantId, kind: "PASSWORD_RESET", email: member.user.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "team.remove",
    targetType: "Membership",
    targetId: member.id,
    metadata: { userId: member.userId, role: member.role, unassignedOrganizations: unassigned.count },
  });
  return { membershipId: member.id, unassignedOrganizations: unassigned.count };
}
