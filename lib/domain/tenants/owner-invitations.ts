import type { Actor } from "@/lib/access/actor";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { issueInvitation } from "@/lib/domain/invitations/issue-invitation";
import type { InviteResult } from "@/lib/domain/invitations/invite-member";
import { resendInvitationIn, revokeInvitationIn } from "@/lib/domain/invitations/manage-invitation";
import type { InviteOwnerInput, TenantInvitationInput } from "@/lib/domain/tenants/schemas";
import { fieldErrors, notFound } from "@/lib/errors";
import { deliverInvitation } from "@/lib/mail/deliver-invitation";
import { requirePlatformAdmin } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

async function tenantFor(tx: Tx, id: string) {
  const tenant = await tx.tenant.findFirst({ where: { id }, select: { id: true, name: true } });
  if (!tenant) throw notFound();
  return tenant;
}

const whoFor = (actor: Actor, tenantId: string, requestId: string) => ({
  tenantId,
  actorUserId: actor.userId,
  requestId,
});

/**
 * A platform admin invites an owner to a tenant (the first one at creation,
 * or another later, e.g. when the only owner left). Idempotent by its natural
 * key: a pending invitation for that email is re-issued, never duplicated.
 */
export async function inviteOwner(
  tx: Tx,
  actor: Actor,
  input: InviteOwnerInput,
  ctx: DomainContext,
): Promise<InviteResult> {
  requirePlatformAdmin(actor);
  const tenant = await tenantFor(tx, input.tenantId);
  const member = await tx.membership.findFirst({
    where: { tenantId: tenant.id, removedAt: null, user: { email: input.email } },
    select: { id: true },
  });
  if (member) throw fieldErrors({ email: "team.errors.alreadyMember" });
  const issued = await issueInvitation(tx, {
    tenantId: tenant.id,
    email: input.email,
    role: "OWNER",
    organizationId: null,
    kind: "INVITE",
    invitedById: actor.userId,
  });
  await audit(tx, whoFor(actor, tenant.id, ctx.requestId), {
    action: issued.reissued ? "invitation.reissue" : "invitation.create",
    targetType: "Invitation",
    targetId: issued.id,
    metadata: { email: input.email, role: "OWNER" },
  });
  const delivery = await deliverInvitation(
    {
      kind: "INVITE",
      to: input.email,
      token: issued.token,
      tenantName: tenant.name,
      role: "OWNER",
      expiresAt: issued.expiresAt,
      inviterName: actor.name,
    },
    ctx.locale,
  );
  return { ...delivery, invitationId: issued.id, email: input.email, expiresAt: issued.expiresAt.toISOString() };
}

export async function revokeOwnerInvitation(tx: Tx, actor: Actor, input: TenantInvitationInput, ctx: DomainContext) {
  requirePlatformAdmin(actor);
  const tenant = await tenantFor(tx, input.tenantId);
  return revokeInvitationIn(tx, tenant.id, input.id, whoFor(actor, tenant.id, ctx.requestId), ctx, "OWNER");
}

export async function resendOwnerInvitation(tx: Tx, actor: Actor, input: TenantInvitationInput, ctx: DomainContext) {
  requirePlatformAdmin(actor);
  const tenant = await tenantFor(tx, input.tenantId);
  return resendInvitationIn(tx, tenant, input.id, actor, whoFor(actor, tenant.id, ctx.requestId), ctx, "OWNER");
}
