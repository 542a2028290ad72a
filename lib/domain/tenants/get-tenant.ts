import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { notFound } from "@/lib/errors";
import { requirePlatformAdmin } from "@/lib/domain/scope";

/** One tenant for the platform admin: details, owners, pending owner invitations, counts. */
export async function getTenant(tx: Tx, actor: Actor, id: string) {
  requirePlatformAdmin(actor);
  const tenant = await tx.tenant.findFirst({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      suspendedReason: true,
      suspendedAt: true,
      currency: true,
      version: true,
      createdAt: true,
      _count: { select: { organizations: true } },
    },
  });
  if (!tenant) throw notFound();
  const [members, owners, invitations] = await Promise.all([
    tx.membership.groupBy({ by: ["role"], where: { tenantId: id, removedAt: null }, _count: { _all: true } }),
    tx.membership.findMany({
      where: { tenantId: id, role: "OWNER", removedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        user: { select: { name: true, email: true, disabled: true, lastLoginAt: true } },
      },
    }),
    tx.invitation.findMany({
      where: { tenantId: id, kind: "INVITE", role: "OWNER", acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, expiresAt: true, createdAt: true },
    }),
  ]);
  const { _count, ...rest } = tenant;
  const now = Date.now();
  return {
    ...rest,
    organizations: _count.organizations,
    members: Object.fromEntries(members.map((m) => [m.role, m._count._all])) as Partial<
      Record<"OWNER" | "ACCOUNT_MANAGER" | "CLIENT", number>
    >,
    owners: owners.map((o) => ({ membershipId: o.id, joinedAt: o.createdAt, ...o.user })),
    invitations: invitations.map((i) => ({ ...i, expired: i.expiresAt.getTime() <= now })),
  };
}
