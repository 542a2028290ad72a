import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { issueInvitation } from "@/lib/domain/invitations/issue-invitation";
import type { InviteMemberInput } from "@/lib/domain/invitations/schemas";
import { AppError, fieldErrors, refuse } from "@/lib/errors";
import { mailBrand } from "@/lib/domain/brand/mail-brand";
import { deliverInvitation, type Delivery } from "@/lib/mail/deliver-invitation";
import { lockKey } from "@/lib/domain/lock-key";
import { ownerTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { recipientLocale } from "@/lib/domain/invitations/recipient-locale";
import { rotateInvitation } from "@/lib/domain/invitations/rotate-invitation";

export type InviteResult = Delivery & { invitationId: string; email: string; expiresAt: string };

const ACTION = "team.invite";

/**
 * An owner invites someone to their tenant (an owner, an account manager, or a
 * client user of one of the tenant's organizations).
 *
 * Idempotent without ever storing the token: the idempotency key remembers only
 * the invitation id, and a replay (double submit, retry after a lost response)
 * re-issues that same invitation with a fresh link. Inviting an email that
 * already has a pending invitation re-issues it too (one pending invitation per
 * email). The email goes out last, inside the transaction: if it cannot be sent,
 * nothing is created.
 */
export async function inviteMember(
  tx: Tx,
  actor: Actor,
  input: InviteMemberInput,
  ctx: DomainContext,
): Promise<InviteResult> {
  const tenantId = ownerTenant(actor);
  await lockKey(tx, `invitation:${tenantId}:INVITE:${input.email}`);

  const seen = await tx.idempotencyKey.findUnique({ where: { tenantId_key: { tenantId, key: input.idempotencyKey } } });
  if (seen) {
    if (seen.action !== ACTION || seen.userId !== actor.userId) throw new AppError("DUPLICATE");
    const invitationId = (seen.response as { invitationId?: unknown } | null)?.invitationId;
    const rotated = typeof invitationId === "string" ? await rotateInvitation(tx, tenantId, invitationId) : null;
    if (!rotated || typeof invitationId !== "string") throw refuse("DUPLICATE", "team.errors.inviteNoLongerPending");
    await audit(tx, auditWho(actor, ctx.requestId), {
      action: "invitation.reissue",
      targetType: "Invitation",
      targetId: invitationId,
      metadata: { email: rotated.email, role: rotated.role, replay: true },
    });
    const delivery = await deliverInvitation(
      {
        kind: "INVITE",
        to: rotated.email,
        token: rotated.token,
        tenantName: actor.tenantName ?? "",
        role: rotated.role,
        expiresAt: rotated.expiresAt,
        inviterName: actor.name,
        brand: await mailBrand(tx, actor, { tenantId, tenantName: actor.tenantName ?? "", role: rotated.role }),
      },
      await recipientLocale(tx, tenantId, rotated, ctx.locale),
    );
    return { ...delivery, invitationId, email: rotated.email, expiresAt: rotated.expiresAt.toISOString() };
  }

  if (input.role === "CLIENT") {
    const organization = await tx.clientOrganization.findFirst({
      where: { tenantId, id: input.organizationId ?? "" },
      select: { id: true },
    });
    if (!organization) throw fieldErrors({ organizationId: "validation.invalidOption" });
  }
  const member = await tx.membership.findFirst({
    where: { tenantId, removedAt: null, user: { email: input.email } },
    select: { id: true },
  });
  if (member) throw fieldErrors({ email: "team.errors.alreadyMember" });

  const issued = await issueInvitation(tx, {
    tenantId,
    email: input.email,
    role: input.role,
    organizationId: input.organizationId,
    kind: "INVITE",
    invitedById: actor.userId,
  });
  await tx.idempotencyKey.create({
    data: {
      tenantId,
      key: input.idempotencyKey,
      action: ACTION,
      userId: actor.userId,
      response: { invitationId: issued.id },
    },
    select: { id: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: issued.reissued ? "invitation.reissue" : "invitation.create",
    targetType: "Invitation",
    targetId: issued.id,
    metadata: { email: input.email, role: input.role, organizationId: input.organizationId },
  });
  const delivery = await deliverInvitation(
    {
      kind: "INVITE",
      to: input.email,
      token: issued.token,
      tenantName: actor.tenantName ?? "",
      role: input.role,
      expiresAt: issued.expiresAt,
      inviterName: actor.name,
      brand: await mailBrand(tx, actor, { tenantId, tenantName: actor.tenantName ?? "", role: input.role }),
    },
    await recipientLocale(
      tx,
      tenantId,
      { email: input.email, organizationId: input.organizationId ?? null },
      ctx.locale,
    ),
  );
  return { ...delivery, invitationId: issued.id, email: input.email, expiresAt: issued.expiresAt.toISOString() };
}
