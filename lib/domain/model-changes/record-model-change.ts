import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { emitEvent } from "@/lib/events/emit-event";
import type { Tx } from "@/lib/db/context";
import type { RecordModelChangeInput } from "@/lib/domain/model-changes/schemas";
import { todayUtc } from "@/lib/domain/organizations/today";
import { conflict, fieldErrors, notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Records an organization's move to a model (or its departure) and applies it, in the request's
 * one transaction: a ServiceModelChange (from the organization's current model — none for a
 * prospect or a former client — to the new one, with the assessment that motivated it), then the
 * organization's current model and lifecycle (a prospect or former client becomes ACTIVE; leaving
 * makes it FORMER). Moving back (managed → hybrid) is a move like any other.
 */
export async function recordModelChange(tx: Tx, actor: Actor, input: RecordModelChangeInput, ctx: DomainContext) {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const org = await tx.clientOrganization.findFirst({
    where: { tenantId, id: input.organizationId },
    select: { id: true, version: true, currentModel: true, targetModel: true, lifecycleStatus: true },
  });
  if (!org) throw notFound();
  // Closing an approved proposal: the move goes where the client agreed, from its assessment.
  let assessmentId = input.assessmentId;
  if (input.proposalId) {
    const proposal = await tx.proposal.findFirst({
      where: { tenantId, id: input.proposalId, organizationId: org.id },
      select: { status: true, assessmentId: true, snapshot: true, moveRecordedAt: true },
    });
    if (!proposal) throw notFound();
    if (proposal.status !== "APPROVED") throw fieldErrors({ proposalId: "proposals.errors.notApproved" });
    if (proposal.moveRecordedAt) throw fieldErrors({ proposalId: "proposals.errors.proposalUsed" });
    if ((proposal.snapshot as { model?: unknown } | null)?.model !== input.toModel) {
      throw fieldErrors({ toModel: "proposals.errors.moveTarget" });
    }
    if (assessmentId && assessmentId !== proposal.assessmentId) throw notFound();
    assessmentId = proposal.assessmentId;
  }
  if (assessmentId) {
    const assessment = await tx.assessment.findFirst({
      where: { tenantId, id: assessmentId, organizationId: org.id },
      select: { status: true },
    });
    if (!assessment) throw notFound();
    if (assessment.status !== "FINAL") throw fieldErrors({ assessmentId: "orgs.move.errors.assessmentNotFinal" });
  }
  if (org.version !== input.expectedVersion) throw conflict();

  const target = input.toModel;
  const toModel = target === "LEFT" ? null : target;
  const leaving = toModel === null;
  const isClient = org.lifecycleStatus === "ACTIVE";
  const fromModel = isClient ? org.currentModel : null;
  const problems: Parameters<typeof fieldErrors>[0] = {};
  if (leaving && !isClient) problems.toModel = "orgs.move.errors.notAClient";
  if (!leaving && isClient && toModel === org.currentModel) problems.toModel = "orgs.move.errors.sameModel";
  if (input.effectiveDate > todayUtc(now)) problems.effectiveDate = "orgs.move.errors.future";
  const last = await tx.serviceModelChange.findFirst({
    where: { tenantId, organizationId: org.id },
    orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
    select: { effectiveDate: true },
  });
  if (last && input.effectiveDate < last.effectiveDate) {
    problems.effectiveDate = ["orgs.move.errors.beforeLast", { date: last.effectiveDate.toISOString().slice(0, 10) }];
  }
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);

  const change = await tx.serviceModelChange.create({
    data: {
      tenantId,
      organizationId: org.id,
      fromModel,
      toModel,
      effectiveDate: input.effectiveDate,
      reason: input.reason,
      assessmentId,
      proposalId: input.proposalId,
      recordedById: actor.userId,
    },
    select: { id: true },
  });
  const { count } = await tx.clientOrganization.updateMany({
    where: { tenantId, id: org.id, version: input.expectedVersion },
    data: leaving
      ? { lifecycleStatus: "FORMER", version: { increment: 1 } }
      : {
          currentModel: toModel,
          lifecycleStatus: "ACTIVE",
          // The target is reached: nothing left to aim at.
          ...(org.targetModel === toModel ? { targetModel: null } : {}),
          version: { increment: 1 },
        },
  });
  if (count === 0) throw conflict();
  if (input.proposalId) {
    const closed = await tx.proposal.updateMany({
      where: { tenantId, id: input.proposalId, status: "APPROVED", moveRecordedAt: null },
      data: { moveRecordedAt: now, version: { increment: 1 } },
    });
    if (closed.count === 0) throw conflict();
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "modelChange.create",
    targetType: "ServiceModelChange",
    targetId: change.id,
    metadata: { organizationId: org.id, fromModel, toModel, assessmentId, proposalId: input.proposalId },
  });
  await emitEvent(tx, {
    tenantId,
    type: "model_change.recorded",
    data: {
      modelChangeId: change.id,
      organizationId: org.id,
      fromModel,
      toModel,
      effectiveDate: input.effectiveDate.toISOString().slice(0, 10),
    },
    actorUserId: actor.userId,
    occurredAt: now,
  });
  return { id: change.id, organizationId: org.id, version: input.expectedVersion + 1 };
}
