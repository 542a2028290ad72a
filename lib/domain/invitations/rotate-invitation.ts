import type { Tx } from "@/lib/db/context";
import { expiryFor, hashInviteToken, newInviteToken } from "@/lib/domain/invitations/token";
import type { InvitationKind, Role } from "@/lib/generated/prisma/enums";

/**
 * A fresh link for a pending invitation (resend): new token, new expiry. Returns
 * null when the invitation is not in the tenant or no longer pending.
 */
export async function rotateInvitation(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<{
  token: string;
  expiresAt: Date;
  email: string;
  role: Role;
  kind: InvitationKind;
  organizationId: string | null;
} | null> {
  const current = await tx.invitation.findFirst({
    where: { tenantId, id, acceptedAt: null, revokedAt: null },
    select: { kind: true, email: true, role: true, organizationId: true },
  });
  if (!current) return null;
  const token = newInviteToken();
  const expiresAt = expiryFor(current.kind);
  const { count } = await tx.invitation.updateMany({
    where: { tenantId, id, acceptedAt: null, revokedAt: null },
    data: { tokenHash: hashInviteToken(token), expiresAt },
  });
  return count === 1 ? { token, expiresAt, ...current } : null;
}
