import { contextFor, type Actor } from "@/lib/access/actor";
import { applyContext, type Tx } from "@/lib/db/context";

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
