import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Detection } from "@/lib/vocabulary";

export type InterventionsAfterQuery = {
  from?: Date;
  to?: Date;
  category?: string;
  detection?: Detection;
  recurringCause?: boolean;
  sourceSystem?: string;
  /** The last row of the previous page: its date and id. */
  after: { occurredOn: Date; id: string } | null;
  limit: number;
};

export const interventionApiSelect = {
  id: true,
  organizationId: true,
  occurredOn: true,
  kind: true,
  hours: true,
  amount: true,
  amountSource: true,
  hourlyRate: true,
  category: true,
  detection: true,
  peopleAffected: true,
  recurringCause: true,
  sourceSystem: true,
  externalId: true,
  note: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * One organization's interventions for the API, newest first, filtered; keyset on
 * (occurredOn, id) descending over the index (tenantId, organizationId, occurredOn). Returns up
 * to `limit + 1` rows (one more tells a next page exists). 404 for an organization outside the tenant.
 */
export async function listInterventionsAfter(tx: Tx, actor: Actor, organizationId: string, q: InterventionsAfterQuery) {
  const tenantId = staffTenant(actor);
  if ((await tx.clientOrganization.count({ where: { tenantId, id: organizationId } })) === 0) throw notFound();
  const where: Prisma.InterventionWhereInput = {
    tenantId,
    organizationId,
    ...(q.from || q.to ? { occurredOn: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.detection ? { detection: q.detection } : {}),
    ...(q.recurringCause !== undefined ? { recurringCause: q.recurringCause } : {}),
    ...(q.sourceSystem ? { sourceSystem: q.sourceSystem } : {}),
  };
  return tx.intervention.findMany({
    where: q.after
      ? {
          AND: [
            where,
            {
              OR: [
                { occurredOn: { lt: q.after.occurredOn } },
                { occurredOn: q.after.occurredOn, id: { lt: q.after.id } },
              ],
            },
          ],
        }
      : where,
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: interventionApiSelect,
  });
}
