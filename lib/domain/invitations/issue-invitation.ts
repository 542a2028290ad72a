import type { Tx } from "@/lib/db/context";
import { expiryFor, hashInviteToken, newInviteToken } from "@/lib/domain/invitations/token";
import type { InvitationKind, Role } from "@/lib/generated/prisma/enums";
import { lockKey } from "@/lib/domain/lock-key";

export type IssueInvitationParams = {
  tenantId: string;
  email: string;
  role: Role;
  organizationId: string | null;
  kind: InvitationKind;
  invitedById: string;
};

export type IssuedInvitation = { id: string; token: string; expiresAt: Date; reissued: boolean };

/**
 * Creates the invitation (or password-reset link) and returns its token, which
 * is never stored: only its sha256 is. One pending invitation per (tenant, kind,
 * email): asking again re-issues that row with a fresh token and expiry, so the
 * previous link stops working and a double submit cannot leave two invitations.
 * Serialised per (tenant, kind, email) so two concurrent requests agree.
 */
export async function issueInvitation(tx: Tx, p: IssueInvitationParams): Promise<IssuedInvitation> {
  await lockKey(tx, `invitation:${p.tenantId}:${p.kind}:${p.email}`);
  const token = newInviteToken();
  const expiresAt = expiryFor(p.kind);
  const fields = {
    tokenHash: hashInviteToken(token),
    expiresAt,
    role: p.role,
    organizationId: p.organizationId,
    invitedById: p.invitedById,
  };
  const pending = await tx.invitation.findFirst({
    where: { tenantId: p.tenantId, kind: p.kind, email: p.email, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (pending) {
    const { count } = await tx.invitation.updateMany({
      where: { tenantId: p.tenantId, id: pending.id, acceptedAt: null, revokedAt: null },
      data: fields,
    });
    if (count === 1) return { id: pending.id, token, expiresAt, reissued: true };
  }
  const created = await tx.invitation.create({
    data: { tenantId: p.tenantId, kind: p.kind, email: p.email, ...fields },
    select: { id: true },
  });
  return { id: created.id, token, expiresAt, reissued: false };
}
