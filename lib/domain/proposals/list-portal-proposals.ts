import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { listProposals, type ProposalListItem } from "@/lib/domain/proposals/list-proposals";
import { clientScope } from "@/lib/domain/scope";

/** A client's proposals page: their organization's proposals (withdrawn ones left out) and the names to head it. */
export async function listPortalProposals(
  tx: Tx,
  actor: Actor,
): Promise<{ organizationName: string; mspName: string; proposals: ProposalListItem[] }> {
  const scope = clientScope(actor);
  const [org, proposals] = await Promise.all([
    tx.clientOrganization.findFirst({
      where: { tenantId: scope.tenantId, id: scope.organizationId },
      select: { name: true, tenant: { select: { name: true, brand: { select: { displayName: true } } } } },
    }),
    listProposals(tx, actor),
  ]);
  return {
    organizationName: org?.name ?? "",
    mspName: org?.tenant.brand?.displayName ?? org?.tenant.name ?? actor.tenantName ?? "",
    proposals,
  };
}
