import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { assertAnotherActiveOwner } from "@/lib/domain/team/owner-guard";
import type { SetUserDisabledInput } from "@/lib/domain/team/schemas";
import { conflict, notFound, refuse } from "@/lib/errors";
import { ownerTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { belongsElsewhere } from "@/lib/domain/team/belongs-elsewhere";
import { lockOwners } from "@/lib/domain/team/lock-owners";

/**
 * Disables (or re-enables) a member's user account. Takes effect on their very
 * next request: resolveActor re-reads `disabled` every time, and either way the
 * sessionVersion bump ends every session they had (re-enabling the account does
 * not bring an old cookie back to life: they sign in again). Refused for
 * oneself, for the last active owner, and for a user who also belongs to
 * another tenant (the account is global: the owner would lock them out of an
 * MSP that is not theirs; removing them from this team is the tool for that).
 */
export async function setUserDisabled(tx: Tx, actor: Actor, input: SetUserDisabledInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  await lockOwners(tx, tenantId);
  const member = await tx.membership.findFirst({
    where: { tenantId, id: input.membershipId, removedAt: null },
    select: { id: true, role: true, userId: true, user: { select: { email: true, disabled: true, version: true } } },
  });
  if (!member) throw notFound();
  if (member.user.version !== input.expectedVersion) throw conflict();
  if (member.userId === actor.userId) throw refuse("CONFLICT", "team.errors.notYourself");
  if (member.user.disabled === input.disabled) return { userId: member.userId, version: member.user.version };
  if (input.disabled && member.role === "OWNER") await assertAnotherActiveOwner(tx, tenantId, member.userId);
  if (await belongsElsewhere(tx, actor, member.userId)) throw refuse("CONFLICT", "team.errors.belongsElsewhere");

  const now = new Date();
  const { count } = await tx.user.updateMany({
    where: { id: member.userId, version: input.expectedVersion },
    // Both ways end every session the user had: re-enabling never revives a cookie from before.
    data: {
      disabled: input.disabled,
      disabledAt: input.disabled ? now : null,
      sessionVersion: { increment: 1 },
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
  if (input.disabled) {
    await tx.invitation.updateMany({
      where: { tenantId, kind: "PASSWORD_RESET", email: member.user.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: input.disabled ? "team.disableUser" : "team.enableUser",
    targetType: "User",
    targetId: member.userId,
    metadata: { membershipId: member.id, role: member.role },
  });
  return { userId: member.userId, version: input.expectedVersion + 1 };
}
