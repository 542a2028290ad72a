import { applyContext, withDbContext } from "@/lib/db/context";
import { type SignInBrand, signInBrandOf } from "@/lib/domain/brand/get-sign-in-brand";
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
      expiresAt: Date;
      /** A client's invitation wears the MSP's brand when it set one; staff keep Mainstay's look. */
      brand: SignInBrand | null;
    };

/**
 * What the public /invite/<token> and /reset/<token> pages show. Runs with only
 * the token's hash as context (the holder sees exactly that invitation), then
 * the invitation's tenant (its name and status). Whether the email already has
 * an account is deliberately not part of it: without mail, the inviter is shown
 * the link too (see accept-invitation.ts). Nothing is changed: opening a link
 * does not consume it.
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
    const [tenant, organization, brand] = await Promise.all([
      tx.tenant.findFirst({ where: { id: invitation.tenantId }, select: { name: true, status: true } }),
      invitation.organizationId
        ? tx.clientOrganization.findFirst({
            where: { tenantId: invitation.tenantId, id: invitation.organizationId },
            select: { name: true },
          })
        : null,
      invitation.role === "CLIENT"
        ? tx.tenantBrand.findFirst({
            where: { tenantId: invitation.tenantId },
            select: { displayName: true, primaryColor: true, logoPng: true },
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
      expiresAt: invitation.expiresAt,
      brand:
        brand && (brand.displayName !== null || brand.primaryColor !== null || brand.logoPng !== null)
          ? signInBrandOf({
              name: brand.displayName ?? tenant.name,
              primaryColor: brand.primaryColor,
              logoPng: brand.logoPng,
            })
          : null,
    };
  });
}
