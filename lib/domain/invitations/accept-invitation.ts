import { audit, auditSeparately } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearFailures, recordFailure, retryAfterSeconds } from "@/lib/auth/throttle";
import { applyContext, withDbContext } from "@/lib/db/context";
import { linkRefusal } from "@/lib/domain/invitations/refusal";
import type { AcceptInvitationInput } from "@/lib/domain/invitations/schemas";
import { linkState } from "@/lib/domain/invitations/state";
import { hashInviteToken, isTokenShaped } from "@/lib/domain/invitations/token";
import { AppError, classifyError, fieldErrors, refuse } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DomainContext } from "@/lib/domain/context";

const INVITATION_FIELDS = {
  id: true,
  kind: true,
  email: true,
  role: true,
  tenantId: true,
  organizationId: true,
  acceptedAt: true,
  revokedAt: true,
  expiresAt: true,
} as const;

/**
 * Accepts an invitation. The database context is only ever the token's hash,
 * then the invited email and its tenant (never a role): RLS lets the holder see
 * exactly that invitation, create (or find) the user with that email, and add
 * the membership.
 *
 * - New email: creates the user with the chosen name and password (12+ chars).
 * - Existing account: the account's current password is required (checked with
 *   the sign-in throttle); the link never sets the password of an existing
 *   account. A removed member rejoins on their old membership row.
 *
 * Single use under concurrency: the invitation is claimed with one conditional
 * UPDATE (not accepted, not revoked, not expired); a second acceptance finds
 * nothing to claim and is told the link was used. Passwords are hashed or
 * verified before the write transaction, to keep it short.
 */
export async function acceptInvitation(
  input: AcceptInvitationInput,
  ctx: DomainContext & { ip: string },
): Promise<{ email: string; role: Role; tenantId: string }> {
  if (!isTokenShaped(input.token)) throw linkRefusal("invalid", "INVITE");
  const inviteTokenHash = hashInviteToken(input.token);

  const found = await withDbContext({ inviteTokenHash }, async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: inviteTokenHash },
      select: INVITATION_FIELDS,
    });
    if (!invitation || invitation.kind !== "INVITE") return null;
    await applyContext(tx, { inviteTokenHash, loginEmail: invitation.email, tenantId: invitation.tenantId });
    const [user, tenant] = await Promise.all([
      tx.user.findUnique({
        where: { email: invitation.email },
        omit: { passwordHash: false },
      }),
      tx.tenant.findFirst({ where: { id: invitation.tenantId }, select: { status: true } }),
    ]);
    return { invitation, user, tenant };
  });
  const state = linkState(found?.invitation ?? null);
  if (!found || state !== "valid") throw linkRefusal(state === "valid" ? "invalid" : state, "INVITE");
  const { invitation, user, tenant } = found;
  if (!tenant) throw linkRefusal("invalid", "INVITE");
  if (tenant.status === "SUSPENDED") throw refuse("SUSPENDED", "team.accept.tenantSuspended");

  let newPasswordHash: string | null = null;
  if (user) {
    if (input.mode !== "existing") throw refuse("CONFLICT", "team.accept.accountExists");
    if (user.disabled || user.isPlatformAdmin) throw refuse("VALIDATION", "team.accept.accountUnavailable");
    const wait = await retryAfterSeconds(invitation.email, ctx.ip);
    if (wait > 0) throw refuse("RATE_LIMITED", "auth.throttled", { seconds: wait });
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await recordFailure(invitation.email, ctx.ip);
      // In the tenant's trail: someone holding this link tried a wrong password for the account.
      await auditSeparately(
        { tenantId: invitation.tenantId, userId: user.id },
        { tenantId: invitation.tenantId, actorUserId: user.id, requestId: ctx.requestId },
        {
          action: "invitation.accept",
          targetType: "Invitation",
          targetId: invitation.id,
          outcome: "FAILURE",
          metadata: { reason: "bad_password" },
        },
      );
      throw fieldErrors({ password: "team.accept.wrongPassword" });
    }
    await clearFailures(invitation.email, ctx.ip);
  } else {
    if (input.mode !== "new") throw refuse("CONFLICT", "team.accept.noAccount");
    newPasswordHash = await hashPassword(input.password);
  }

  try {
    return await withDbContext(
      { inviteTokenHash, loginEmail: invitation.email, tenantId: invitation.tenantId },
      async (tx) => {
        const now = new Date();
        const claimed = await tx.invitation.updateMany({
          where: {
            tokenHash: inviteTokenHash,
            kind: "INVITE",
            acceptedAt: null,
            revokedAt: null,
            expiresAt: { gt: now },
          },
          data: { acceptedAt: now },
        });
        if (claimed.count === 0) {
          const again = await tx.invitation.findUnique({
            where: { tokenHash: inviteTokenHash },
            select: INVITATION_FIELDS,
          });
          const s = linkState(again, now);
          throw linkRefusal(s === "valid" ? "invalid" : s, "INVITE");
        }
        let userId = user?.id;
        if (!userId) {
          if (input.mode !== "new" || !newPasswordHash) throw refuse("CONFLICT", "team.accept.accountExists");
          const created = await tx.user.create({
            data: { email: invitation.email, name: input.name, passwordHash: newPasswordHash },
            select: { id: true },
          });
          userId = created.id;
        }
        await applyContext(tx, {
          inviteTokenHash,
          loginEmail: invitation.email,
          tenantId: invitation.tenantId,
          userId,
        });
        const existing = await tx.membership.findUnique({
          where: { tenantId_userId: { tenantId: invitation.tenantId, userId } },
          select: { id: true, removedAt: true },
        });
        if (existing && !existing.removedAt) throw refuse("DUPLICATE", "team.accept.alreadyMember");
        const membership = {
          role: invitation.role,
          organizationId: invitation.role === "CLIENT" ? invitation.organizationId : null,
        };
        if (existing) {
          await tx.membership.updateMany({
            where: { tenantId: invitation.tenantId, id: existing.id, userId },
            data: { ...membership, removedAt: null, version: { increment: 1 } },
          });
        } else {
          await tx.membership.createMany({ data: { tenantId: invitation.tenantId, userId, ...membership } });
        }
        await audit(
          tx,
          { tenantId: invitation.tenantId, actorUserId: userId, requestId: ctx.requestId },
          {
            action: "invitation.accept",
            targetType: "Invitation",
            targetId: invitation.id,
            metadata: { role: invitation.role, newAccount: !user, rejoined: !!existing },
          },
        );
        return { email: invitation.email, role: invitation.role, tenantId: invitation.tenantId };
      },
    );
  } catch (error) {
    // Someone created an account for this email between the check and the write.
    if (!(error instanceof AppError) && classifyError(error)?.code === "DUPLICATE")
      throw refuse("CONFLICT", "team.accept.accountExists");
    throw error;
  }
}
