import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { WithdrawProposalInput } from "@/lib/domain/proposals/schemas";
import { staffTenant } from "@/lib/domain/scope";
import { conflict, notFound, refuse } from "@/lib/errors";

/**
 * Staff withdraw a proposal the client has not decided on: it leaves the client's portal (RLS hides
 * withdrawn proposals from clients) and the assessment may be shared again. A decided proposal
 * stays as decided: its signature is a record.
 */
export async function withdrawProposal(tx: Tx, actor: Actor, input: WithdrawProposalInput, ctx: DomainContext) {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const proposal = await tx.proposal.findFirst({
    where: { tenantId, id: input.id },
    select: { id: true, status: true, version: true, organizationId: true, assessmentId: true },
  });
  if (!proposal) throw notFound();
  if (proposal.status !== "SHARED") throw refuse("CONFLICT", "proposals.errors.notOpen");
  if (proposal.version !== input.expectedVersion) throw conflict();
  const { count } = await tx.proposal.updateMany({
    where: { tenantId, id: proposal.id, status: "SHARED", version: input.expectedVersion },
    data: { status: "WITHDRAWN", withdrawnAt: now, withdrawnById: actor.userId, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "proposal.withdraw",
    targetType: "Proposal",
    targetId: proposal.id,
    metadata: { organizationId: proposal.organizationId, assessmentId: proposal.assessmentId },
  });
  return { id: proposal.id, organizationId: proposal.organizationId, assessmentId: proposal.assessmentId };
}
