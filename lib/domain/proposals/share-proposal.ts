import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { readStoredResult } from "@/lib/domain/assessments/stored-result";
import type { DomainContext } from "@/lib/domain/context";
import type { ShareProposalInput } from "@/lib/domain/proposals/schemas";
import { staffTenant } from "@/lib/domain/scope";
import { notFound, refuse } from "@/lib/errors";
import { emitEvent } from "@/lib/events/emit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import { HISTORY_SOURCES, type HistorySource } from "@/lib/engine";
import { buildProposalSnapshot } from "@/lib/proposals/snapshot";
import { contentSha256 } from "@/lib/signatures/content-hash";

/** The client's incident history the assessment used, as the proposal names it (months and source). */
function historyOf(value: unknown): { months: number; source: HistorySource } | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.incidents !== "number" && typeof v.hours !== "number") return null;
  const months = typeof v.months === "number" && v.months > 0 ? v.months : 12;
  const source = (HISTORY_SOURCES as readonly unknown[]).includes(v.source)
    ? (v.source as HistorySource)
    : "assessment";
  return { months, source };
}

/**
 * The account manager shares a FINALIZED assessment's recommendation with the client organization:
 * a proposal whose snapshot (lib/proposals/snapshot.ts: codes and figures, in the client's words)
 * and its SHA-256 are computed here, once, and never change. One open proposal (undecided or
 * approved) per assessment; a client already on the recommended model gets none.
 */
export async function shareProposal(tx: Tx, actor: Actor, input: ShareProposalInput, ctx: DomainContext) {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const assessment = await tx.assessment.findFirst({
    where: { tenantId, id: input.assessmentId },
    select: {
      id: true,
      organizationId: true,
      status: true,
      result: true,
      finalizedAt: true,
      incidentHistory: true,
      organization: { select: { currentModel: true, lifecycleStatus: true } },
    },
  });
  if (!assessment) throw notFound();
  const result = assessment.status === "FINAL" ? readStoredResult(assessment.result) : null;
  if (!result || !assessment.finalizedAt) throw refuse("CONFLICT", "proposals.errors.notFinal");
  const org = assessment.organization;
  const isClient = org.lifecycleStatus === "ACTIVE";
  if (isClient && org.currentModel === result.recommendation) {
    throw refuse("CONFLICT", "proposals.errors.alreadyOnModel");
  }
  const open = await tx.proposal.findFirst({
    where: { tenantId, assessmentId: assessment.id, status: { in: ["SHARED", "APPROVED"] } },
    select: { id: true },
  });
  if (open) throw refuse("CONFLICT", "proposals.errors.alreadyOpen");

  const snapshot = buildProposalSnapshot(result, {
    currentModel: isClient ? org.currentModel : null,
    finalizedAt: assessment.finalizedAt,
    currency: actor.currency,
    history: historyOf(assessment.incidentHistory),
  });
  const snapshotSha256 = contentSha256(snapshot);
  const proposal = await tx.proposal.create({
    data: {
      tenantId,
      organizationId: assessment.organizationId,
      assessmentId: assessment.id,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      snapshotSha256,
      message: input.message,
      sharedById: actor.userId,
      sharedAt: now,
    },
    select: { id: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "proposal.share",
    targetType: "Proposal",
    targetId: proposal.id,
    metadata: { organizationId: assessment.organizationId, assessmentId: assessment.id, model: snapshot.model },
  });
  await emitEvent(tx, {
    tenantId,
    type: "proposal.shared",
    data: {
      proposalId: proposal.id,
      organizationId: assessment.organizationId,
      assessmentId: assessment.id,
      model: snapshot.model,
    },
    actorUserId: actor.userId,
    occurredAt: now,
  });
  return { id: proposal.id, organizationId: assessment.organizationId, assessmentId: assessment.id };
}
