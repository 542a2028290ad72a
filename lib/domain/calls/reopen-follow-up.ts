import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { CompleteFollowUpInput } from "@/lib/domain/calls/schemas";
import { conflict, notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Undoes "mark done": the follow-up is open again, with its date as it was (optimistic locking:
 * a call edited meanwhile is a conflict).
 */
export async function reopenFollowUp(tx: Tx, actor: Actor, input: CompleteFollowUpInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const { count } = await tx.scopingCall.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion },
    data: { followUpDone: false, version: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.scopingCall.count({ where: { tenantId, id: input.id } });
    throw exists ? conflict() : notFound();
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "call.followUpReopen",
    targetType: "ScopingCall",
    targetId: input.id,
  });
  return { id: input.id, version: input.expectedVersion + 1 };
}
