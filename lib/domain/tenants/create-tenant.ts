import type { Actor } from "@/lib/access/actor";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { issueInvitation } from "@/lib/domain/invitations/issue-invitation";
import type { CreateTenantInput } from "@/lib/domain/tenants/schemas";
import { deliverInvitation, type Delivery } from "@/lib/mail/deliver-invitation";
import { fieldErrors } from "@/lib/errors";
import { lockKey } from "@/lib/domain/lock-key";
import { requirePlatformAdmin } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { rotateInvitation } from "@/lib/domain/invitations/rotate-invitation";

export type CreateTenantResult = Delivery & { tenantId: string; email: string; expiresAt: string; replayed: boolean };

/**
 * A platform admin creates an MSP tenant and invites its first owner, in one
 * transaction (the email goes out last; if it cannot be sent, nothing exists).
 *
 * Idempotent by its natural key, the slug: a repeat of the same request (same
 * slug, name and owner email, by the same admin, while nobody has joined yet)
 * returns the same tenant with a fresh link for the same invitation. Any other
 * use of a taken slug is refused on the slug field.
 */
export async function createTenant(
  tx: Tx,
  actor: Actor,
  input: CreateTenantInput,
  ctx: DomainContext,
): Promise<CreateTenantResult> {
  requirePlatformAdmin(actor);
  await lockKey(tx, `tenant-slug:${input.slug}`);
  const existing = await tx.tenant.findUnique({
    where: { slug: input.slug },
    select: { id: true, name: true, _count: { select: { memberships: true } } },
  });
  if (existing) {
    const pending =
      existing.name === input.name && existing._count.memberships === 0
        ? await tx.invitation.findFirst({
            where: {
              tenantId: existing.id,
              kind: "INVITE",
              role: "OWNER",
              email: input.ownerEmail,
              invitedById: actor.userId,
              acceptedAt: null,
              revokedAt: null,
            },
            select: { id: true },
          })
        : null;
    const rotated = pending ? await rotateInvitation(tx, existing.id, pending.id) : null;
    if (!pending || !rotated) throw fieldErrors({ slug: "admin.tenants.errors.slugTaken" });
    await audit(
      tx,
      { tenantId: existing.id, actorUserId: actor.userId, requestId: ctx.requestId },
      {
        action: "invitation.reissue",
        targetType: "Invitation",
        targetId: pending.id,
        metadata: { email: input.ownerEmail, role: "OWNER", replay: true },
      },
    );
    const delivery = await deliverInvitation(
      {
        kind: "INVITE",
        to: input.ownerEmail,
        token: rotated.token,
        tenantName: existing.name,
        role: "OWNER",
        expiresAt: rotated.expiresAt,
        inviterName: actor.name,
      },
      ctx.locale,
    );
    return {
      ...delivery,
      tenantId: existing.id,
      email: input.ownerEmail,
      expiresAt: rotated.expiresAt.toISOString(),
      replayed: true,
    };
  }

  const tenant = await tx.tenant.create({
    data: { name: input.name, slug: input.slug },
    select: { id: true, name: true },
  });
  const issued = await issueInvitation(tx, {
    tenantId: tenant.id,
    email: input.ownerEmail,
    role: "OWNER",
    organizationId: null,
    kind: "INVITE",
    invitedById: actor.userId,
  });
  const who = { tenantId: tenant.id, actorUserId: actor.userId, requestId: ctx.requestId };
  await audit(tx, who, {
    action: "tenant.create",
    targetType: "Tenant",
    targetId: tenant.id,
    metadata: { name: input.name, slug: input.slug },
  });
  await audit(tx, who, {
    action: "invitation.create",
    targetType: "Invitation",
    targetId: issued.id,
    metadata: { email: input.ownerEmail, role: "OWNER" },
  });
  const delivery = await deliverInvitation(
    {
      kind: "INVITE",
      to: input.ownerEmail,
      token: issued.token,
      tenantName: tenant.name,
      role: "OWNER",
      expiresAt: issued.expiresAt,
      inviterName: actor.name,
    },
    ctx.locale,
  );
  return {
    ...delivery,
    tenantId: tenant.id,
    email: input.ownerEmail,
    expiresAt: issued.expiresAt.toISOString(),
    replayed: false,
  };
}
