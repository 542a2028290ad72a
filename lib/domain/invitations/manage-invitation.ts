import type { Actor } from "@/lib/access/actor";
import { audit, type AuditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { rotateInvitation } from "@/lib/domain/invitations/issue-invitation";
import type { InviteResult } from "@/lib/domain/invitations/invite-member";
import { deliverInvitation } from "@/lib/mail/deliver-invitation";
import { notFound, refuse } from "@/lib/errors";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Revoke and resend, shared by the owner's team page and the platform admin's
 * tenant page (each resolves `tenantId` from its own scope first). Only pending
 * invitations (kind INVITE) can be revoked or resent; anything else in the
 * tenant, and anything outside it, is "not found".
 */
export async function revokeInvitationIn(
  tx: Tx,
  tenantId: string,
  id: string,
  who: AuditWho,
  ctx: DomainContext,
  onlyRole?: "OWNER",
) {
  const now = new Date();
  const { count } = await tx.invitation.updateMany({
    where: { tenantId, id, kind: "INVITE", acceptedAt: null, revokedAt: null, ...(onlyRole ? { role: onlyRole } : {}) },
    data: { revokedAt: now },
  });
  if (count === 0) {
    const exists = await tx.invitation.count({
      where: { tenantId, id, kind: "INVITE", ...(onlyRole ? { role: onlyRole } : {}) },
    });
    throw exists ? refuse("CONFLICT", "team.errors.inviteNoLongerPending") : notFound();
  }
  await audit(tx, who, { action: "invitation.revoke", targetType: "Invitation", targetId: id });
  return { id };
}

export async function resendInvitationIn(
  tx: Tx,
  tenant: { id: string; name: string },
  id: string,
  actor: Actor,
  who: AuditWho,
  ctx: DomainContext,
  onlyRole?: "OWNER",
): Promise<InviteResult> {
  const target = await tx.invitation.findFirst({
    where: { tenantId: tenant.id, id, kind: "INVITE", ...(onlyRole ? { role: onlyRole } : {}) },
    select: { acceptedAt: true, revokedAt: true },
  });
  if (!target) throw notFound();
  const rotated = target.acceptedAt || target.revokedAt ? null : await rotateInvitation(tx, tenant.id, id);
  if (!rotated) throw refuse("CONFLICT", "team.errors.inviteNoLongerPending");
  await audit(tx, who, {
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
      tenantName: tenant.name,
      role: rotated.role,
      expiresAt: rotated.expiresAt,
      inviterName: actor.name,
    },
    ctx.locale,
  );
  return { ...delivery, invitationId: id, email: rotated.email, expiresAt: rotated.expiresAt.toISOString() };
}
