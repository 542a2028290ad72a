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
 * - "new": creates the user with the chosen name and password (12+ chars).
 * - "existing": the account's current password is required (checked with the
 *   sign-in throttle); the link never sets the password of an existing account.
 *   A removed member rejoins on their old membership row.
 *
 * Whether the email already has an account is never told to whoever invited it
 * (issue 16): the page offers both forms to everyone (lib/domain/invitations/
 * read-link.ts has no such flag), and a wrong password for an account that does
 * not exist gets the same answer, cost, throttling and inviting-tenant audit
 * entry as a wrong password for one that does. Failed passwords count toward the
 * account's sign-in throttle and are recorded where the account lives (each of
 * its tenants). What remains: asking to create an account the email already has
 * is refused — the only thing the link can do then — and that attempt is recorded
 * where the account lives too. When mail is configured the link reaches only the
 * invitee's mailbox; without mail the inviter is shown it, so this is the one
 * visible difference, and it is an audited attempt rather than something seen by
 * opening the link.
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
  if (input.mode === "existing") {
    // Throttled and counted like a sign-in to that account (same keys: the account, and it with this IP).
    const wait = await retryAfterSeconds(invitation.email, ctx.ip);
    if (wait > 0) throw refuse("RATE_LIMITED", "auth.throttled", { seconds: wait });
    // No account with this email: the same answer and the same cost as a wrong password (a dummy hash is verified).
    if (!(await verifyPassword(user?.passwordHash, input.password))) {
      await recordFailure(invitation.email, ctx.ip);
      await auditFailedPassword(invitation, user?.id ?? null, ctx.requestId);
      throw fieldErrors({ password: "team.accept.wrongPassword" });
    }
    await clearFailures(invitation.email, ctx.ip);
    // Only someone who knows the account's password learns that it cannot join.
    if (!user || user.disabled || user.isPlatformAdmin) throw refuse("VALIDATION", "team.accept.accountUnavailable");
  } else {
    // The holder of the link asked to create an account the email already has (see the file's comment).
    // Recorded where the account lives, not in the inviting tenant (whose owner may not have the link).
    if (user) {
      await auditWhereAccountLives(user.id, ctx.requestId, { reason: "account_exists", channel: "invitation" });
      throw refuse("CONFLICT", "team.accept.accountExists");
    }
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
            // Not whether the account existed before: the inviting tenant never learns that.
            metadata: { role: invitation.role, rejoined: !!existing },
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

/**
 * A wrong password through an invitation link. The inviting tenant's trail gets the same
 * entry whether or not the email has an account (no actor: who typed it is not known);
 * the account's own tenants get a failed sign-in to that account.
 */
async function auditFailedPassword(
  invitation: { id: string; tenantId: string },
  accountUserId: string | null,
  requestId: string,
): Promise<void> {
  await auditSeparately(
    { tenantId: invitation.tenantId },
    { tenantId: invitation.tenantId, actorUserId: null, requestId },
    {
      action: "invitation.accept",
      targetType: "Invitation",
      targetId: invitation.id,
      outcome: "FAILURE",
      metadata: { reason: "bad_password" },
    },
  );
  if (accountUserId) {
    await auditWhereAccountLives(accountUserId, requestId, { reason: "bad_password", channel: "invitation" });
  }
}

/**
 * A failed attempt on an account, in the audit trail of every tenant it belongs to (where its
 * owners look) — or outside any tenant, as failed sign-ins are, when it belongs to none.
 */
async function auditWhereAccountLives(
  userId: string,
  requestId: string,
  metadata: { reason: "bad_password" | "account_exists"; channel: "invitation" },
): Promise<void> {
  const tenants = await withDbContext({ userId }, (tx) =>
    tx.membership.findMany({ where: { userId, removedAt: null }, select: { tenantId: true } }),
  );
  const entry = { action: "auth.signIn", targetType: "User", targetId: userId, outcome: "FAILURE", metadata } as const;
  if (tenants.length === 0) {
    await auditSeparately({ userId }, { tenantId: null, actorUserId: userId, requestId }, entry);
    return;
  }
  for (const { tenantId } of tenants) {
    await auditSeparately({ userId, tenantId }, { tenantId, actorUserId: userId, requestId }, entry);
  }
}
