import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { assertApprover } from "@/lib/domain/decisions/assert-approver";
import type { DecideProposalInput } from "@/lib/domain/proposals/schemas";
import { clientScope } from "@/lib/domain/scope";
import { conflict, fieldErrors, notFound, refuse } from "@/lib/errors";
import { emitEvent } from "@/lib/events/emit-event";
import { contentSha256 } from "@/lib/signatures/content-hash";
import { signatureMatches } from "@/lib/signatures/signature-name";

/**
 * A client approver approves or declines a proposal of their organization, signed with their full
 * name (as on their profile), the time, and the SHA-256 of the proposal's snapshot exactly as
 * shared, recomputed here from what is stored (the page's fingerprint must match it). Decisions
 * are immutable: a new one is appended and supersedes the previous one, which stays. Readers are
 * refused (assertApprover, lib/domain/decisions); a proposal whose move was recorded is closed.
 */
export async function decideProposal(tx: Tx, actor: Actor, input: DecideProposalInput, ctx: DomainContext) {
  const now = ctx.now ?? new Date();
  const scope = clientScope(actor);
  const proposal = await tx.proposal.findFirst({
    where: {
      tenantId: scope.tenantId,
      organizationId: scope.organizationId,
      id: input.id,
      status: { not: "WITHDRAWN" },
    },
    select: {
      id: true,
      organizationId: true,
      assessmentId: true,
      status: true,
      version: true,
      snapshot: true,
      snapshotSha256: true,
      moveRecordedAt: true,
    },
  });
  if (!proposal) throw notFound();
  const { tenantId } = await assertApprover(tx, actor, proposal.organizationId);
  if (proposal.moveRecordedAt) throw refuse("CONFLICT", "proposals.errors.closed");
  if (!signatureMatches(input.signatureName, actor.name)) {
    throw fieldErrors({ signatureName: ["proposals.errors.signatureMismatch", { name: actor.name }] });
  }
  const signed = contentSha256(proposal.snapshot);
  // What is stored must still be what was shared (the trigger forbids changes; this proves it).
  if (signed !== proposal.snapshotSha256) throw new Error(`proposal ${proposal.id}: snapshot does not match its hash`);
  if (input.snapshotSha256 !== signed) throw refuse("CONFLICT", "proposals.errors.changed");
  if (proposal.version !== input.expectedVersion) throw conflict();
  if (proposal.status === input.decision) throw refuse("CONFLICT", "proposals.errors.sameDecision");
  if (input.decision === "APPROVED") {
    // Approving again after a decline: a newer proposal of the same assessment may be open meanwhile.
    const open = await tx.proposal.findFirst({
      where: {
        tenantId,
        assessmentId: proposal.assessmentId,
        status: { in: ["SHARED", "APPROVED"] },
        id: { not: proposal.id },
      },
      select: { id: true },
    });
    if (open) throw refuse("CONFLICT", "proposals.errors.superseded");
  }

  const decision = await tx.proposalDecision.create({
    data: {
      tenantId,
      proposalId: proposal.id,
      decision: input.decision,
      signatureName: input.signatureName,
      snapshotSha256: signed,
      decidedById: actor.userId,
      decidedAt: now,
    },
    select: { id: true },
  });
  const { count } = await tx.proposal.updateMany({
    where: { tenantId, id: proposal.id, version: input.expectedVersion, status: { not: "WITHDRAWN" } },
    data: { status: input.decision, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "proposal.decide",
    targetType: "Proposal",
    targetId: proposal.id,
    metadata: { decision: input.decision, decisionId: decision.id, organizationId: proposal.organizationId },
  });
  await emitEvent(tx, {
    tenantId,
    type: "proposal.decided",
    data: {
      proposalId: proposal.id,
      organizationId: proposal.organizationId,
      decisionId: decision.id,
      decision: input.decision,
    },
    actorUserId: actor.userId,
    occurredAt: now,
  });
  return { id: proposal.id, decisionId: decision.id, status: input.decision, version: input.expectedVersion + 1 };
}
