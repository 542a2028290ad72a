import type { Tx } from "@/lib/db/context";

/**
 * Names and roles of the tenant's members among `userIds`, in one query. What
 * the caller may not see (RLS: a client sees only themselves and the MSP
 * staff) is simply absent from the map.
 */
export async function memberNames(tx: Tx, tenantId: string, userIds: readonly (string | null | undefined)[]) {
  const ids = [...new Set(userIds.filter((x): x is string => !!x))];
  const map = new Map<string, { name: string; role: "OWNER" | "ACCOUNT_MANAGER" | "CLIENT" }>();
  if (!ids.length) return map;
  const rows = await tx.membership.findMany({
    where: { tenantId, userId: { in: ids } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  for (const r of rows) map.set(r.userId, { name: r.user.name, role: r.role });
  return map;
}
