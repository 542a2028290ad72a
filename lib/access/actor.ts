import type { Role, TenantStatus } from "@/lib/generated/prisma/enums";
import type { ActorRole } from "@/lib/access/permissions";
import { applyContext, type DbContext, type Tx } from "@/lib/db/context";
import { AppError } from "@/lib/errors";

/** Who is calling, re-read from the database on every request (never from the cookie alone). */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: ActorRole;
  /** Null for platform admins. */
  tenantId: string | null;
  tenantName: string | null;
  tenantSlug: string | null;
  currency: string;
  /** For CLIENT: the one organization they may see. */
  organizationId: string | null;
};

export type SessionClaims = { userId: string; sessionVersion: number; tenantId?: string | null };

export function contextFor(actor: Actor): DbContext {
  return {
    tenantId: actor.tenantId,
    userId: actor.userId,
    role: actor.role === "PLATFORM_ADMIN" ? null : actor.role,
    organizationId: actor.organizationId,
    platformAdmin: actor.role === "PLATFORM_ADMIN",
  };
}

type MembershipRow = {
  tenantId: string;
  role: Role;
  organizationId: string | null;
  removedAt: Date | null;
  createdAt: Date;
  tenant: { id: string; name: string; slug: string; status: TenantStatus; suspendedReason: string | null; currency: string };
};

/**
 * Resolves the actor inside `tx` and leaves `tx` scoped to them. Throws
 * UNAUTHENTICATED when the session no longer matches (user gone, disabled,
 * password changed, membership removed) and SUSPENDED when the tenant is.
 */
export async function resolveActor(tx: Tx, claims: SessionClaims): Promise<Actor> {
  await applyContext(tx, { userId: claims.userId });
  const user = await tx.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabled: true,
      isPlatformAdmin: true,
      sessionVersion: true,
      memberships: {
        where: { removedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          tenantId: true,
          role: true,
          organizationId: true,
          removedAt: true,
          createdAt: true,
          tenant: { select: { id: true, name: true, slug: true, status: true, suspendedReason: true, currency: true } },
        },
      },
    },
  });
  if (!user || user.disabled || user.sessionVersion !== claims.sessionVersion) {
    throw new AppError("UNAUTHENTICATED");
  }
  if (user.isPlatformAdmin) {
    const actor: Actor = {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: "PLATFORM_ADMIN",
      tenantId: null,
      tenantName: null,
      tenantSlug: null,
      currency: "EUR",
      organizationId: null,
    };
    await applyContext(tx, contextFor(actor));
    return actor;
  }
  const memberships: MembershipRow[] = user.memberships;
  const membership = memberships.find((m) => m.tenantId === claims.tenantId) ?? memberships[0];
  if (!membership) throw new AppError("UNAUTHENTICATED");
  if (membership.tenant.status === "SUSPENDED") {
    throw new AppError("SUSPENDED", { params: { reason: membership.tenant.suspendedReason ?? "" } });
  }
  if (membership.role === "CLIENT" && !membership.organizationId) throw new AppError("UNAUTHENTICATED");
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: membership.role,
    tenantId: membership.tenantId,
    tenantName: membership.tenant.name,
    tenantSlug: membership.tenant.slug,
    currency: membership.tenant.currency,
    organizationId: membership.role === "CLIENT" ? membership.organizationId : null,
  };
  await applyContext(tx, contextFor(actor));
  return actor;
}
