import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { callDateProblems } from "@/lib/domain/calls/check-call-dates";
import type { CreateCallInput } from "@/lib/domain/calls/schemas";
import { fieldErrors } from "@/lib/errors";
import { staffOrganizationTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** Logs a scoping call with an organization of the caller's tenant (the caller is its author). */
export async function createCall(tx: Tx, actor: Actor, input: CreateCallInput, ctx: DomainContext) {
  const tenantId = await staffOrganizationTenant(tx, actor, input.organizationId);
  const problems = callDateProblems(input);
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);
  const call = await tx.scopingCall.create({
    data: {
      tenantId,
      organizationId: input.organizationId,
      authorId: actor.userId,
      occurredAt: input.occurredAt,
      attendees: input.attendees,
      summary: input.summary,
      needs: input.needs,
      nextSteps: input.nextSteps,
      followUpDate: input.followUpDate,
    },
    select: { id: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "call.create",
    targetType: "ScopingCall",
    targetId: call.id,
    metadata: { organizationId: input.organizationId },
  });
  return { id: call.id, organizationId: input.organizationId };
}
