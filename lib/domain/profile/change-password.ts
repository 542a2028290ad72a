import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/context";
import type { ChangePasswordInput } from "@/lib/domain/profile/schemas";
import { fieldErrors, notFound } from "@/lib/errors";
import type { DomainContext } from "@/lib/domain/context";

/** The typed reason of the refusal when the current password is wrong (the entry point counts it as a failed sign-in). */
export const WRONG_PASSWORD = "wrongPassword";

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
    throw fieldErrors({ currentPassword: "profile.errors.wrongPassword" }, { reason: WRONG_PASSWORD });
  }
  if (input.newPassword === input.currentPassword) throw fieldErrors({ newPassword: "profile.errors.samePassword" });
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
