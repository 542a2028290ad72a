import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/team/context";
import { fieldErrors } from "@/lib/domain/team/context";
import type { ChangePasswordInput } from "@/lib/domain/profile/schemas";
import { notFound } from "@/lib/errors";

/**
 * Changes the signed-in user's password. The current password is required.
 * Bumps sessionVersion, which ends every session of this user (resolveActor
 * compares it on each request); the entry point then signs this browser in
 * again with the new password, so only the OTHER sessions end.
 */
export async function changePassword(tx: Tx, actor: Actor, input: ChangePasswordInput, ctx: DomainContext) {
  const user = await tx.user.findFirst({ where: { id: actor.userId }, omit: { passwordHash: false } });
  if (!user) throw notFound();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldErrors(ctx.t, { currentPassword: "profile.errors.wrongPassword" });
  }
  if (input.newPassword === input.currentPassword)
    throw fieldErrors(ctx.t, { newPassword: "profile.errors.samePassword" });
  const passwordHash = await hashPassword(input.newPassword);
  await tx.user.updateMany({
    where: { id: actor.userId },
    data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "profile.changePassword",
    targetType: "User",
    targetId: actor.userId,
  });
  return { email: user.email };
}
