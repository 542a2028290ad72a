import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenantId } from "@/lib/domain/dashboard/scope";
import type { ManagerOption } from "@/lib/domain/dashboard/types";

/**
 * The account-manager filter's options: the tenant's current staff, plus former staff who
 * still manage organizations (their clients must stay reachable). One query.
 */
export async function listDashboardManagers(tx: Tx, actor: Actor): Promise<ManagerOption[]> {
  const tenantId = staffTenantId(actor);
  return tx.$queryRaw<ManagerOption[]>`
    SELECT m."userId", u.name, m.role::text AS role, (m."removedAt" IS NOT NULL) AS removed
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId"
    WHERE m."tenantId" = ${tenantId} AND m.role IN ('OWNER', 'ACCOUNT_MANAGER')
      AND (m."removedAt" IS NULL OR EXISTS (
        SELECT 1 FROM "ClientOrganization" o WHERE o."tenantId" = m."tenantId" AND o."accountManagerId" = m."userId"))
    ORDER BY u.name, m."userId"`;
}
