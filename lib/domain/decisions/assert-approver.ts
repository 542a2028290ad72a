import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { readClientAccess } from "@/lib/domain/decisions/read-client-access";
import { clientScope } from "@/lib/domain/scope";
import { notFound, refuse } from "@/lib/errors";

/**
 * May this actor decide for this organization (approve, defer or decline a report item, approve
 * or decline a proposal)? Only a client user of that organization whose level is APPROVER.
 * - staff, platform admins, another organization's or tenant's users: NOT_FOUND (out of scope;
 *   the MSP never decides in the client's name);
 * - a reader of that organization: FORBIDDEN with `decisions.errors.readerCannotDecide` (they
 *   can see the item, so a plain refusal is clearer than pretending it is not there).
 * Returns the scope the decision is recorded in.
 */
export async function assertApprover(
  tx: Tx,
  actor: Actor,
  organizationId: string,
): Promise<{ tenantId: string; organizationId: string }> {
  const scope = clientScope(actor);
  if (scope.organizationId !== organizationId) throw notFound();
  const access = await readClientAccess(tx, actor, organizationId);
  if (access === null) throw notFound();
  if (access !== "APPROVER") throw refuse("FORBIDDEN", "decisions.errors.readerCannotDecide");
  return { tenantId: scope.tenantId, organizationId };
}
