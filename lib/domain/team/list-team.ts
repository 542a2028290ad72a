import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { ClientAccess, Role } from "@/lib/generated/prisma/enums";
import { ownerTenant } from "@/lib/domain/scope";

export type TeamMember = {
  membershipId: string;
  membershipVersion: number;
  role: Role;
  /** Meaningful for client users only: reader, or approver (may decide for their organization). */
  clientAccess: ClientAccess;
  organizationName: string | null;
  joinedAt: Date;
  removedAt: Date | null;
  userId: string;
  userVersion: number;
  name: string;
  email: string;
  disabled: boolean;
  lastLoginAt: Date | null;
};

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  organizationName: string | null;
  expiresAt: Date;
  /** Decided here, at the time of the request (the page can offer to send it again). */
  expired: boolean;
  createdAt: Date;
  invitedByName: string | null;
};

const ROLE_ORDER: Record<Role, number> = { OWNER: 0, ACCOUNT_MANAGER: 1, CLIENT: 2 };

/**
 * The owner's team page: members (active first, by role then name), removed
 * members (kept for history), pending invitations, and the organizations a
 * client invitation can name.
 */
export async function listTeam(tx: Tx, actor: Actor) {
  const tenantId = ownerTenant(actor);
  const [memberships, invitations, organizations] = await Promise.all([
    tx.membership.findMany({
      where: { tenantId },
      select: {
        id: true,
        version: true,
        role: true,
        clientAccess: true,
        createdAt: true,
        removedAt: true,
        organization: { select: { name: true } },
        user: { select: { id: true, version: true, name: true, email: true, disabled: true, lastLoginAt: true } },
      },
    }),
    tx.invitation.findMany({
      where: { tenantId, kind: "INVITE", acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        createdAt: true,
        invitedById: true,
        organization: { select: { name: true } },
      },
    }),
    tx.clientOrganization.findMany({ where: { tenantId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const members: TeamMember[] = memberships
    .map((m) => ({
      membershipId: m.id,
      membershipVersion: m.version,
      role: m.role,
      clientAccess: m.clientAccess,
      organizationName: m.organization?.name ?? null,
      joinedAt: m.createdAt,
      removedAt: m.removedAt,
      userId: m.user.id,
      userVersion: m.user.version,
      name: m.user.name,
      email: m.user.email,
      disabled: m.user.disabled,
      lastLoginAt: m.user.lastLoginAt,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const now = Date.now();
  const pending: PendingInvitation[] = invitations.map((i) => ({
    id: i.id,
    email: i.email,
    role: i.role,
    organizationName: i.organization?.name ?? null,
    expiresAt: i.expiresAt,
    expired: i.expiresAt.getTime() <= now,
    createdAt: i.createdAt,
    invitedByName: names.get(i.invitedById) ?? null,
  }));
  return {
    active: members.filter((m) => !m.removedAt),
    removed: members.filter((m) => m.removedAt),
    pending,
    organizations,
  };
}
