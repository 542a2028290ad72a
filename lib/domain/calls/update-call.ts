import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { callDateProblems } from "@/lib/domain/calls/check-call-dates";
import type { UpdateCallInput } from "@/lib/domain/calls/schemas";
import { conflict, fieldErrors, notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** Edits a scoping call, with optimistic locking. */
export async function updateCall(tx: Tx, actor: Actor, input: UpdateCallInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const current = await tx.scopingCall.findFirst({
    where: { tenantId, id: input.id },
    select: { version: true, organizationId: true },
  });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict();
  const problems = callDateProblems(input);
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);
  const { count } = await tx.scopingCall.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion },
    data: {
      occurredAt: input.occurredAt,
      attendees: input.attendees,
      summary: input.summary,
      needs: input.needs,
      nextSteps: input.nextSteps,
      followUpDate: input.followUpDate,
      followUpDone: input.followUpDone,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "call.update",
    targetType: "ScopingCall",
    targetId: input.id,
  });
  return { id: input.id, organizationId: current.organizationId, version: input.expectedVersion + 1 };
}
