import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { findStoredItem, ITEM_COLUMN } from "@/lib/decisions/find-item";
import { itemHash } from "@/lib/decisions/item-hash";
import { cleanSignature, signatureMatches } from "@/lib/signatures/signature-name";
import type { DomainContext } from "@/lib/domain/context";
import { assertApprover } from "@/lib/domain/decisions/assert-approver";
import { DEFER_MAX_MONTHS, type DecideItemInput } from "@/lib/domain/decisions/schemas";
import { lockKey } from "@/lib/domain/lock-key";
import { clientScope } from "@/lib/domain/scope";
import { fieldErrors, notFound, refuse } from "@/lib/errors";
import { emitEvent } from "@/lib/events/emit-event";
import { addMonths, currentPeriod } from "@/lib/reports/period";

/**
 * Records a client approver's decision on one recommendation or roadmap item of a published
 * report of their organization: approve, defer to a month, or decline, signed with their typed
 * full name (lib/signatures/signature-name.ts). The ledger is append-only: the item's previous decision
 * (across every month's report, the item keeping its id) is superseded, never changed.
 *
 * - staff, other organizations and tenants: NOT_FOUND; a reader: FORBIDDEN (assert-approver.ts);
 * - a draft or withdrawn report, or an item not in it: NOT_FOUND;
 * - the hash is of the item as stored in the published report, computed here, never sent;
 * - `supersedes` must be the item's current decision (what the approver saw), else CONFLICT;
 * - decisions on one item are serialised (advisory lock), and the (tenant, supersedes) unique
 *   index keeps the history a line even so.
 */
export async function decideItem(tx: Tx, actor: Actor, input: DecideItemInput, ctx: DomainContext) {
  const now = ctx.now ?? new Date();
  const scope = clientScope(actor);
  const report = await tx.steeringReport.findFirst({
    where: { ...scope, id: input.reportId },
    select: { id: true, organizationId: true, period: true, recommendations: true, roadmap: true },
  });
  if (!report) throw notFound();
  await assertApprover(tx, actor, report.organizationId);

  const item = findStoredItem(report[ITEM_COLUMN[input.itemKind]], input.itemId);
  if (!item) throw notFound();

  if (!signatureMatches(input.signature, actor.name))
    throw fieldErrors({ signature: ["decisions.errors.signatureMismatch", { name: actor.name }] });
  let deferredTo: string | null = null;
  if (input.decision === "DEFERRED") {
    if (!input.deferredTo) throw fieldErrors({ deferredTo: "decisions.errors.deferMonthRequired" });
    const thisMonth = currentPeriod(now);
    if (input.deferredTo <= thisMonth || input.deferredTo > addMonths(thisMonth, DEFER_MAX_MONTHS))
      throw fieldErrors({ deferredTo: ["decisions.errors.deferMonthRange", { months: DEFER_MAX_MONTHS }] });
    deferredTo = input.deferredTo;
  }

  await lockKey(tx, `decision:${scope.tenantId}:${report.organizationId}:${input.itemKind}:${input.itemId}`);
  const current = await tx.clientDecision.findFirst({
    where: {
      tenantId: scope.tenantId,
      organizationId: report.organizationId,
      itemKind: input.itemKind,
      itemId: input.itemId,
    },
    orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  if ((current?.id ?? null) !== input.supersedes) throw refuse("CONFLICT", "decisions.errors.changedMeanwhile");

  const decision = await tx.clientDecision.create({
    data: {
      tenantId: scope.tenantId,
      organizationId: report.organizationId,
      reportId: report.id,
      itemKind: input.itemKind,
      itemId: input.itemId,
      decision: input.decision,
      deferredTo,
      note: input.note,
      signature: cleanSignature(input.signature),
      decidedById: actor.userId,
      decidedAt: now,
      itemHash: itemHash(item),
      supersedesId: current?.id ?? null,
    },
    select: { id: true, itemHash: true, decidedAt: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "decision.record",
    targetType: "ClientDecision",
    targetId: decision.id,
    metadata: {
      reportId: report.id,
      itemKind: input.itemKind,
      itemId: input.itemId,
      decision: input.decision,
      deferredTo,
      itemHash: decision.itemHash,
      supersedes: current?.id ?? null,
    },
  });
  await emitEvent(tx, {
    tenantId: scope.tenantId,
    type: "decision.recorded",
    data: {
      decisionId: decision.id,
      reportId: report.id,
      organizationId: report.organizationId,
      period: report.period,
      itemKind: input.itemKind,
      itemId: input.itemId,
      decision: input.decision,
      deferredTo,
      supersedesId: current?.id ?? null,
    },
    actorUserId: actor.userId,
    occurredAt: now,
  });
  return { id: decision.id, itemHash: decision.itemHash, decidedAt: decision.decidedAt.toISOString() };
}
