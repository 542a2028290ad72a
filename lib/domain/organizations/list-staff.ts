import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import { STAFF_ROLES } from "@/lib/vocabulary";

export type StaffMember = { userId: string; name: string; role: "OWNER" | "ACCOUNT_MANAGER" };

/**
 * The tenant's current staff (owner and account managers): the people an organization can be
 * assigned to, and the account-manager filter of the list. Two queries whatever the team size.
 */
export async function listStaff(tx: Tx, actor: Actor): Promise<StaffMember[]> {
  const tenantId = staffTenant(actor);
  const rows = await tx.membership.findMany({
    where: { tenantId, removedAt: null, role: { in: [...STAFF_ROLES] } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  return rows
    .map((r) => ({ userId: r.userId, name: r.user.name, role: r.role as StaffMember["role"] }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
