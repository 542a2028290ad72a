import { audit, type AuditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { notFound, refuse } from "@/lib/errors";

/** Which invitation: its tenant (resolved by the caller from its own scope), its id, and for platform admins only owners'. */
export type PendingInvitationRef = { tenantId: string; id: string; onlyRole?: "OWNER" };

/**
 * Revokes a pending invitation; shared by the owner's team page and the platform admin's tenant
 * page. Only pending invitations (kind INVITE) can be revoked; anything else in the tenant, and
 * anything outside it, is "not found".
 */
export async function revokePendingInvitation(tx: Tx, ref: PendingInvitationRef, who: AuditWho) {
  const { tenantId, id, onlyRole } = ref;
  const { count } = await tx.invitation.updateMany({
    where: { tenantId, id, kind: "INVITE", acceptedAt: null, revokedAt: null, ...(onlyRole ? { role: onlyRole } : {}) },
    data: { revokedAt: new Date() },
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
