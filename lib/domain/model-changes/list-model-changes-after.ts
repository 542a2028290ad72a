import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";

/**
 * The tenant's service-model changes for the API (the journeys of its organizations), oldest
 * first; keyset on (effectiveDate, id) over the index (tenantId, effectiveDate), or
 * (tenantId, organizationId, effectiveDate) for one organization. Up to `limit + 1` rows.
 */
export async function listModelChangesAfter(
  tx: Tx,
  actor: Actor,
  q: { organizationId?: string; from?: Date; after: { effectiveDate: Date; id: string } | null; limit: number },
) {
  const tenantId = staffTenant(actor);
  const where = {
    tenantId,
    ...(q.organizationId ? { organizationId: q.organizationId } : {}),
    ...(q.from ? { effectiveDate: { gte: q.from } } : {}),
  };
  return tx.serviceModelChange.findMany({
    where: q.after
      ? {
          AND: [
            where,
            {
              OR: [
                { effectiveDate: { gt: q.after.effectiveDate } },
                { effectiveDate: q.after.effectiveDate, id: { gt: q.after.id } },
              ],
            },
          ],
        }
      : where,
    orderBy: [{ effectiveDate: "asc" }, { id: "asc" }],
    take: q.limit + 1,
    select: {
      id: true,
      organizationId: true,
      fromModel: true,
      toModel: true,
      effectiveDate: true,
      reason: true,
      reasonCode: true,
      assessmentId: true,
      createdAt: true,
    },
  });
}
