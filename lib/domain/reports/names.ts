import type { Tx } from "@/lib/db/context";

type MemberRole = "OWNER" | "ACCOUNT_MANAGER" | "CLIENT";

/**
 * Names and roles of the tenant's members among `userIds`, in one statement (a join: Prisma's
 * relation read would take two). What the caller may not see (RLS on both tables: a client sees
 * only themselves and the MSP staff) is simply absent from the map.
 */
export async function memberNames(tx: Tx, tenantId: string, userIds: readonly (string | null | undefined)[]) {
  const ids = [...new Set(userIds.filter((x): x is string => !!x))];
  const map = new Map<string, { name: string; role: MemberRole }>();
  if (!ids.length) return map;
  const rows = await tx.$queryRaw<{ userId: string; role: MemberRole; name: string }[]>`
    SELECT m."userId", m.role::text AS role, u.name
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."tenantId" = ${tenantId} AND m."userId" = ANY(${ids}::text[])`;
  for (const r of rows) map.set(r.userId, { name: r.name, role: r.role });
  return map;
}
