import type { Actor } from "@/lib/access/actor";
import { audit, type AuditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { InviteResult } from "@/lib/domain/invitations/invite-member";
import type { PendingInvitationRef } from "@/lib/domain/invitations/revoke-pending-invitation";
import { notFound, refuse } from "@/lib/errors";
import { mailBrand } from "@/lib/domain/brand/mail-brand";
import { deliverInvitation } from "@/lib/mail/deliver-invitation";
import { recipientLocale } from "@/lib/domain/invitations/recipient-locale";
import { rotateInvitation } from "@/lib/domain/invitations/rotate-invitation";

/**
 * Sends a pending (or expired) invitation again with a fresh link; shared by the owner's team
 * page and the platform admin's tenant page. Accepted or revoked ones cannot be resent.
 */
export async function resendPendingInvitation(
  tx: Tx,
  ref: PendingInvitationRef & { tenantName: string },
  sender: { actor: Actor; who: AuditWho },
  ctx: DomainContext,
): Promise<InviteResult> {
  const { tenantId, id, onlyRole } = ref;
  const target = await tx.invitation.findFirst({
    where: { tenantId, id, kind: "INVITE", ...(onlyRole ? { role: onlyRole } : {}) },
    select: { acceptedAt: true, revokedAt: true },
  });
  if (!target) throw notFound();
  const rotated = target.acceptedAt || target.revokedAt ? null : await rotateInvitation(tx, tenantId, id);
  if (!rotated) throw refuse("CONFLICT", "team.errors.inviteNoLongerPending");
  await audit(tx, sender.who, {
    action: "invitation.reissue",
    targetType: "Invitation",
    targetId: id,
    metadata: { email: rotated.email, role: rotated.role },
  });
  const delivery = await deliverInvitation(
    {
      kind: "INVITE",
      to: rotated.email,
      token: rotated.token,
      tenantName: ref.tenantName,
      role: rotated.role,
      expiresAt: rotated.expiresAt,
      inviterName: sender.actor.name,
      brand: await mailBrand(tx, sender.actor, { tenantId, tenantName: ref.tenantName, role: rotated.role }),
    },
    await recipientLocale(tx, tenantId, rotated, ctx.locale),
  );
  return { ...delivery, invitationId: id, email: rotated.email, expiresAt: rotated.expiresAt.toISOString() };
}
