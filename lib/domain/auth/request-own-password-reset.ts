import type { Actor } from "@/lib/access/actor";
import { audit } from "@/lib/audit";
import { mailBrand } from "@/lib/domain/brand/mail-brand";
import { claimResetSlot } from "@/lib/auth/reset-throttle";
import { withDbContext } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { expiryFor, hashInviteToken, newInviteToken } from "@/lib/domain/invitations/token";
import { refuse } from "@/lib/errors";
import { deliverInvitation } from "@/lib/mail/deliver-invitation";
import { mailer } from "@/lib/mail/mailer";

/**
 * "Forgot your password?" on the sign-in page: emails a password-reset link (Invitation kind
 * PASSWORD_RESET, one hour, single use, redeemed on /reset/<token> like the one an owner sends)
 * to the address typed, when it belongs to an account that can sign in.
 *
 * The answer is the same whatever the address (an account or not, disabled, held back by the
 * throttle): the page says a link was sent if an account uses it, so it tells nobody who has an
 * account. Only where mail is configured: without it the page says to ask an administrator, and
 * this refuses (the link would have to be shown to whoever typed the address).
 *
 * The link is issued in the tenant the account joined first among those still active, where it
 * is audited; a platform administrator without a tenant, a disabled account or one whose tenants
 * are all suspended gets nothing. Runs with the least context at each step: the address (the user
 * row), the user (their memberships), then the new token's hash and the tenant (the invitation).
 */
export async function requestOwnPasswordReset(
  input: { email: string },
  ctx: DomainContext & { ip: string },
): Promise<void> {
  if (mailer().kind !== "smtp") throw refuse("VALIDATION", "auth.forgot.noMail");
  const email = input.email.trim().toLowerCase();
  if (!(await claimResetSlot(email, ctx.ip))) return;

  const user = await withDbContext({ loginEmail: email }, (tx) =>
    tx.user.findUnique({ where: { email }, select: { id: true, email: true, disabled: true } }),
  );
  if (!user || user.disabled) return;
  const membership = await withDbContext({ userId: user.id }, (tx) =>
    tx.membership.findFirst({
      where: { userId: user.id, removedAt: null, tenant: { status: "ACTIVE" } },
      orderBy: { createdAt: "asc" },
      select: { role: true, organizationId: true, tenantId: true, tenant: { select: { name: true } } },
    }),
  );
  if (!membership) return;

  const token = newInviteToken();
  const tokenHash = hashInviteToken(token);
  const expiresAt = expiryFor("PASSWORD_RESET");
  await withDbContext(
    { inviteTokenHash: tokenHash, loginEmail: user.email, tenantId: membership.tenantId },
    async (tx) => {
      const invitation = await tx.invitation.create({
        data: {
          tenantId: membership.tenantId,
          kind: "PASSWORD_RESET",
          email: user.email,
          role: membership.role,
          organizationId: membership.organizationId,
          tokenHash,
          expiresAt,
          invitedById: user.id,
        },
        select: { id: true },
      });
      await audit(
        tx,
        { tenantId: membership.tenantId, actorUserId: user.id, requestId: ctx.requestId },
        { action: "password.forgot", targetType: "User", targetId: user.id, metadata: { invitationId: invitation.id } },
      );
      // The account holder, as the member of this tenant they are (for the brand of a client's e-mail).
      const self: Actor = {
        userId: user.id,
        email: user.email,
        name: "",
        role: membership.role,
        tenantId: membership.tenantId,
        tenantName: membership.tenant.name,
        tenantSlug: null,
        currency: "EUR",
        organizationId: membership.organizationId,
      };
      const brand = await mailBrand(tx, self, {
        tenantId: membership.tenantId,
        tenantName: membership.tenant.name,
        role: membership.role,
      });
      // Last, inside the transaction: if the mail cannot go out, no link exists.
      await deliverInvitation(
        {
          kind: "PASSWORD_RESET",
          to: user.email,
          token,
          tenantName: membership.tenant.name,
          role: membership.role,
          expiresAt,
          inviterName: "",
          selfService: true,
          brand,
        },
        ctx.locale,
      );
    },
  );
}
