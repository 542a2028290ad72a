import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { ClientAccess } from "@/lib/vocabulary";

/**
 * The caller's level for one organization: "APPROVER" or "READER" for a client user of that
 * organization, null for anyone else (staff, another organization's users). Read from the
 * membership inside the request's transaction, never from the session, so an owner's change
 * applies to the next request. Pages use it to offer (or not) the decision forms.
 */
export async function readClientAccess(tx: Tx, actor: Actor, organizationId: string): Promise<ClientAccess | null> {
  if (actor.role !== "CLIENT" || !actor.tenantId || actor.organizationId !== organizationId) return null;
  const membership = await tx.membership.findFirst({
    where: { tenantId: actor.tenantId, userId: actor.userId, organizationId, role: "CLIENT", removedAt: null },
    select: { clientAccess: true },
  });
  return membership?.clientAccess ?? null;
}
