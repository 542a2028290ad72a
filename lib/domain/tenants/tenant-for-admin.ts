import type { Actor } from "@/lib/access/actor";
import type { AuditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { notFound } from "@/lib/errors";

/** The tenant a platform admin acts on (404 if there is none with that id). */
export async function tenantForAdmin(tx: Tx, id: string): Promise<{ id: string; name: string }> {
  const tenant = await tx.tenant.findFirst({ where: { id }, select: { id: true, name: true } });
  if (!tenant) throw notFound();
  return tenant;
}

/** The platform admin's audit entries are written into the tenant they act on. */
export const adminWho = (actor: Actor, tenantId: string, requestId: string): AuditWho => ({
  tenantId,
  actorUserId: actor.userId,
  requestId,
});
