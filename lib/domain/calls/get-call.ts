import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";

/** A call of one organization (both ids must match, within the tenant), with its author's name. */
export async function getCall(tx: Tx, actor: Actor, organizationId: string, id: string) {
  const tenantId = staffTenant(actor);
  const call = await tx.scopingCall.findFirst({
    where: { tenantId, organizationId, id },
    select: {
      id: true,
      organizationId: true,
      occurredAt: true,
      attendees: true,
      summary: true,
      needs: true,
      nextSteps: true,
      followUpDate: true,
      followUpDone: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { user: { select: { name: true } } } },
      organization: { select: { name: true } },
    },
  });
  if (!call) throw notFound();
  return call;
}
