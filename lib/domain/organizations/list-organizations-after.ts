import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { containsLiteral } from "@/lib/db/like";
import { organizationSelect } from "@/lib/domain/organizations/get-organization";
import { staffTenant } from "@/lib/domain/scope";
import type { Lifecycle, Model } from "@/lib/vocabulary";

export type OrganizationsAfterQuery = {
  serviceModel?: Model;
  lifecycle?: Lifecycle;
  q?: string;
  /** The id of the last organization of the previous page. */
  after: string | null;
  limit: number;
};

/**
 * A page of the tenant's organizations in id order for the API (keyset on the unique index
 * (tenantId, id): stable while rows are added or removed, no OFFSET). Returns up to `limit + 1`
 * rows: one more than asked tells the caller a next page exists.
 */
export async function listOrganizationsAfter(tx: Tx, actor: Actor, query: OrganizationsAfterQuery) {
  const tenantId = staffTenant(actor);
  return tx.clientOrganization.findMany({
    where: {
      tenantId,
      ...(query.serviceModel ? { currentModel: query.serviceModel } : {}),
      ...(query.lifecycle ? { lifecycleStatus: query.lifecycle } : {}),
      ...(query.q ? { name: containsLiteral(query.q) } : {}),
      ...(query.after ? { id: { gt: query.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: organizationSelect,
  });
}
