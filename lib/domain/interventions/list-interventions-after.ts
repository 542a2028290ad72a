import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { interventionRowSelect } from "@/lib/domain/interventions/list-interventions";
import { staffOrganizationTenant } from "@/lib/domain/scope";
import { interventionsWhere, type InterventionFilter, NEWEST_FIRST, olderThan } from "@/lib/domain/interventions/where";

export type InterventionsAfterQuery = InterventionFilter & {
  /** The last row of the previous page: its date and id. */
  after: { occurredOn: Date; id: string } | null;
  limit: number;
};

export const interventionApiSelect = {
  ...interventionRowSelect,
  organizationId: true,
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
  const tenantId = await staffOrganizationTenant(tx, actor, organizationId);
  return tx.intervention.findMany({
    where: olderThan(interventionsWhere(tenantId, organizationId, q), q.after),
    orderBy: NEWEST_FIRST,
    take: q.limit + 1,
    select: interventionApiSelect,
  });
}
