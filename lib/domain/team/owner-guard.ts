import type { Tx } from "@/lib/db/context";
import { refuse } from "@/lib/errors";

/** An active owner: an OWNER membership not removed, whose user is not disabled. */
export async function assertAnotherActiveOwner(tx: Tx, tenantId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({
    where: { tenantId, role: "OWNER", removedAt: null, userId: { not: userId }, user: { disabled: false } },
  });
  if (others === 0) throw refuse("CONFLICT", "team.errors.lastOwner");
}
