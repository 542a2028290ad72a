import type { Tx } from "@/lib/db/context";
import { lockKey } from "@/lib/domain/lock-key";

/**
 * Every change that could leave a tenant without an active owner (demote,
 * remove, disable) takes this lock first, then reads. Two owners demoting each
 * other at the same moment are serialised: the second one reads after the first
 * committed and is refused.
 */
export function lockOwners(tx: Tx, tenantId: string): Promise<void> {
  return lockKey(tx, `owners:${tenantId}`);
}
