import { applyContext, withDbContext } from "@/lib/db/context";
import { linkState, type LinkState } from "@/lib/domain/invitations/state";
import { hashInviteToken, isTokenShaped } from "@/lib/domain/invitations/token";
import type { InvitationKind, Role } from "@/lib/generated/prisma/enums";

export type LinkView =
  | { state: Exclude<LinkState, "valid"> }
  | {
      state: "valid";
      email: string;
      role: Role;
      tenantName: string;
      tenantSuspended: boolean;
      organizationName: string | null;
      /** The email already has an account: accepting asks for its current password. */
      hasAccount: boolean;
      expiresAt: Date;
    };

/**
 * What the public /invite/<token> and /reset/<token> pages show. Runs with only
 * the token's hash as context (the holder sees exactly that invitation), then
 * the invited email (is there an account?) and the invitation's tenant (its name
 * and status). Nothing is changed: opening a link does not consume it.
 */
export async function readLink(token: string, kind: InvitationKind): Promise<LinkView> {
  if (!isTokenShaped(token)) return { state: "invalid" };
  const inviteTokenHash = hashInviteToken(token);
  return withDbContext({ inviteTokenHash }, async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: inviteTokenHash },
      select: {
        kind: true,
        email: true,
        role: true,
        tenantId: true,
        organizationId: true,
        acceptedAt: true,
        revokedAt: true,
        expiresAt: true,
      },
    });
    if (!invitation || invitation.kind !== kind) return { state: "invalid" };
    const state = linkState(invitation);
    if (state !== "valid") return { state };
    // The holder is about to become exactly this member: read as them, narrowly.
    await applyContext(tx, {
      inviteTokenHash,
      loginEmail: invitation.email,
      tenantId: invitation.tenantId,
      role: invitation.role === "CLIENT" ? "CLIENT" : null,
      organizationId: invitation.role === "CLIENT" ? invitation.organizationId : null,
    });
    const [tenant, user, organization] = await Promise.all([
      tx.tenant.findFirst({ where: { id: invitation.tenantId }, select: { name: true, status: true } }),
      tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
      invitation.organizationId
        ? tx.clientOrganization.findFirst({
            where: { tenantId: invitation.tenantId, id: invitation.organizationId },
            select: { name: true },
          })
        : null,
    ]);
    if (!tenant) return { state: "invalid" };
    return {
      state: "valid",
      email: invitation.email,
      role: invitation.role,
      tenantName: tenant.name,
      tenantSuspended: tenant.status === "SUSPENDED",
      organizationName: organization?.name ?? null,
      hasAccount: !!user,
      expiresAt: invitation.expiresAt,
    };
  });
}
