import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { applyContext, withDbContext } from "@/lib/db/context";
import { linkRefusal } from "@/lib/domain/invitations/refusal";
import type { ResetPasswordInput } from "@/lib/domain/invitations/schemas";
import { linkState } from "@/lib/domain/invitations/state";
import { hashInviteToken, isTokenShaped } from "@/lib/domain/invitations/token";
import { refuse } from "@/lib/errors";
import type { DomainContext } from "@/lib/domain/context";

const FIELDS = {
  id: true,
  kind: true,
  email: true,
  tenantId: true,
  acceptedAt: true,
  revokedAt: true,
  expiresAt: true,
} as const;

/**
 * Sets a new password from a reset link (Invitation kind PASSWORD_RESET, one
 * hour, single use). Bumps the user's sessionVersion, so every session they had
 * ends. Context: the token's hash, then the email the link was issued for.
 */
export async function acceptPasswordReset(input: ResetPasswordInput, ctx: DomainContext): Promise<{ email: string }> {
  if (!isTokenShaped(input.token)) throw linkRefusal("invalid", "PASSWORD_RESET");
  const inviteTokenHash = hashInviteToken(input.token);

  const found = await withDbContext({ inviteTokenHash }, async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: inviteTokenHash }, select: FIELDS });
    if (!invitation || invitation.kind !== "PASSWORD_RESET") return null;
    await applyContext(tx, { inviteTokenHash, loginEmail: invitation.email });
    const user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, disabled: true } });
    return { invitation, user };
  });
  const state = linkState(found?.invitation ?? null);
  if (!found || state !== "valid") throw linkRefusal(state === "valid" ? "invalid" : state, "PASSWORD_RESET");
  const { invitation, user } = found;
  if (!user) throw linkRefusal("invalid", "PASSWORD_RESET");
  if (user.disabled) throw refuse("VALIDATION", "team.reset.accountDisabled");

  const passwordHash = await hashPassword(input.password);
  return withDbContext({ inviteTokenHash, loginEmail: invitation.email, tenantId: invitation.tenantId }, async (tx) => {
    const now = new Date();
    const claimed = await tx.invitation.updateMany({
      where: {
        tokenHash: inviteTokenHash,
        kind: "PASSWORD_RESET",
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) {
      const again = await tx.invitation.findUnique({ where: { tokenHash: inviteTokenHash }, select: FIELDS });
      const s = linkState(again, now);
      throw linkRefusal(s === "valid" ? "invalid" : s, "PASSWORD_RESET");
    }
    const { count } = await tx.user.updateMany({
      where: { id: user.id, email: invitation.email, disabled: false },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw refuse("VALIDATION", "team.reset.accountDisabled");
    await audit(
      tx,
      { tenantId: invitation.tenantId, actorUserId: user.id, requestId: ctx.requestId },
      {
        action: "password.reset",
        targetType: "User",
        targetId: user.id,
      },
    );
    return { email: invitation.email };
  });
}
