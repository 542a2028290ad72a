import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { issueInvitation } from "@/lib/domain/invitations/issue-invitation";
import type { InviteResult } from "@/lib/domain/invitations/invite-member";
import type { RequestPasswordResetInput } from "@/lib/domain/team/schemas";
import { notFound, refuse } from "@/lib/errors";
import { mailBrand } from "@/lib/domain/brand/mail-brand";
import { deliverInvitation } from "@/lib/mail/deliver-invitation";
import { mailer } from "@/lib/mail/mailer";
import { ownerTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { belongsElsewhere } from "@/lib/domain/team/belongs-elsewhere";
import { recipientLocale } from "@/lib/domain/invitations/recipient-locale";

/**
 * A fresh password-reset link for a member (Invitation kind PASSWORD_RESET,
 * one hour, single use; a newer link replaces an older one). Emailed when SMTP
 * is configured; otherwise shown to the owner — except for a user who also
 * belongs to another tenant: handing the owner a link that sets their password
 * would reach into that other tenant, so that needs email delivery.
 */
export async function requestPasswordReset(
  tx: Tx,
  actor: Actor,
  input: RequestPasswordResetInput,
  ctx: DomainContext,
): Promise<InviteResult> {
  const tenantId = ownerTenant(actor);
  const member = await tx.membership.findFirst({
    where: { tenantId, id: input.membershipId, removedAt: null },
    select: {
      id: true,
      role: true,
      organizationId: true,
      userId: true,
      user: { select: { email: true, disabled: true } },
    },
  });
  if (!member) throw notFound();
  if (member.user.disabled) throw refuse("CONFLICT", "team.errors.resetDisabled");
  if (mailer().kind !== "smtp" && (await belongsElsewhere(tx, actor, member.userId))) {
    throw refuse("CONFLICT", "team.errors.resetNeedsEmail");
  }
  const issued = await issueInvitation(tx, {
    tenantId,
    email: member.user.email,
    role: member.role,
    organizationId: member.organizationId,
    kind: "PASSWORD_RESET",
    invitedById: actor.userId,
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "team.resetPassword",
    targetType: "User",
    targetId: member.userId,
    metadata: { membershipId: member.id, invitationId: issued.id },
  });
  const delivery = await deliverInvitation(
    {
      kind: "PASSWORD_RESET",
      to: member.user.email,
      token: issued.token,
      tenantName: actor.tenantName ?? "",
      role: member.role,
      expiresAt: issued.expiresAt,
      inviterName: actor.name,
      brand: await mailBrand(tx, actor, { tenantId, tenantName: actor.tenantName ?? "", role: member.role }),
    },
    await recipientLocale(
      tx,
      tenantId,
      { email: member.user.email, organizationId: member.organizationId },
      ctx.locale,
    ),
  );
  return { ...delivery, invitationId: issued.id, email: member.user.email, expiresAt: issued.expiresAt.toISOString() };
}
