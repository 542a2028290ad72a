import type { Actor } from "@/lib/access/actor";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { issueInvitation } from "@/lib/domain/invitations/issue-invitation";
import type { InviteResult } from "@/lib/domain/invitations/invite-member";
import type { InviteOwnerInput } from "@/lib/domain/tenants/schemas";
import { adminWho, tenantForAdmin } from "@/lib/domain/tenants/tenant-for-admin";
import { fieldErrors } from "@/lib/errors";
import { deliverInvitation } from "@/lib/mail/deliver-invitation";
import { requirePlatformAdmin } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

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
  const tenant = await tenantForAdmin(tx, input.tenantId);
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
  await audit(tx, adminWho(actor, tenant.id, ctx.requestId), {
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
