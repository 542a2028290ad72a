import { contextFor, type Actor } from "@/lib/access/actor";
import { applyContext, type Tx } from "@/lib/db/context";
import { lockKey } from "@/lib/domain/lock-key";
import { refuse } from "@/lib/errors";

/**
 * Every change that could leave a tenant without an active owner (demote,
 * remove, disable) takes this lock first, then reads. Two owners demoting each
 * other at the same moment are serialised: the second one reads after the first
 * committed and is refused.
 */
export function lockOwners(tx: Tx, tenantId: string): Promise<void> {
  return lockKey(tx, `owners:${tenantId}`);
}

/** An active owner: an OWNER membership not removed, whose user is not disabled. */
export async function assertAnotherActiveOwner(tx: Tx, tenantId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({
    where: { tenantId, role: "OWNER", removedAt: null, userId: { not: userId }, user: { disabled: false } },
  });
  if (others === 0) throw refuse("CONFLICT", "team.errors.lastOwner");
}

/**
 * Whether the user also has access somewhere the owner does not govern: an
 * active membership in another tenant, or platform administration. Users are
 * global, so disabling one or handing their reset link to this owner would
 * reach into that other tenant.
 *
 * The owner's context cannot see other tenants' rows (that is the point of
 * RLS), so this one read runs as the target user (app.user_id only: their own
 * memberships and user row), returns a yes/no and restores the owner's context.
 */
export async function belongsElsewhere(tx: Tx, actor: Actor, userId: string): Promise<boolean> {
  await applyContext(tx, { userId });
  try {
    const [elsewhere, user] = await Promise.all([
      tx.membership.count({ where: { userId, removedAt: null, tenantId: { not: actor.tenantId ?? "" } } }),
      tx.user.findFirst({ where: { id: userId }, select: { isPlatformAdmin: true } }),
    ]);
    return elsewhere > 0 || !!user?.isPlatformAdmin;
  } finally {
    await applyContext(tx, contextFor(actor));
  }
}
