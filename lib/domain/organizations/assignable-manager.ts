import type { Tx } from "@/lib/db/context";
import { STAFF_ROLES } from "@/lib/vocabulary";

/** True when `userId` is a current staff member (owner or account manager) of the tenant. */
export async function isAssignableManager(tx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const n = await tx.membership.count({
    where: { tenantId, userId, removedAt: null, role: { in: [...STAFF_ROLES] } },
  });
  return n > 0;
}
