import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { emitEvent } from "@/lib/events/emit-event";
import type { Tx } from "@/lib/db/context";
import { decide, validateAssessmentInput } from "@/lib/engine";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthlyCostGap } from "@/lib/domain/assessments/cost-gap";
import { draftData, fieldsOf } from "@/lib/domain/assessments/draft-data";
import { sourceHistory } from "@/lib/domain/assessments/source-history";
import { alreadyFinal } from "@/lib/domain/assessments/save-assessment";
import type { SaveAssessmentInput } from "@/lib/domain/assessments/schemas";
import { engineInputOf, missingFields } from "@/lib/domain/assessments/stored-input";
import { tenantPricing } from "@/lib/domain/assessments/tenant-pricing";
import { AppError, conflict, type FieldErrors, fieldErrors, notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Finalizes a draft with the answers in the form: every field required, the whole input validated
 * by the engine's own schema, then `decide` with the tenant's pricing defaults. The result is
 * stored as computed (JSON, recommendation, confidence, engine version, cost gap against the
 * organization's current model) and never recomputed. All or nothing: a failure leaves the
 * stored draft as it was.
 */
export async function finalizeAssessment(tx: Tx, actor: Actor, input: SaveAssessmentInput, ctx: DomainContext) {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const current = await tx.assessment.findFirst({
    where: { tenantId, id: input.id },
    select: { status: true, version: true, organizationId: true, organization: { select: { currentModel: true } } },
  });
  if (!current) throw notFound();
  if (current.status === "FINAL") throw alreadyFinal();
  if (current.version !== input.expectedVersion) throw conflict();

  const fields = await sourceHistory(
    tx,
    actor,
    { organizationId: current.organizationId, fields: fieldsOf(input) },
    ctx,
  );
  const missing = missingFields(fields);
  if (missing.length > 0) throw fieldErrors(Object.fromEntries(missing.map((f) => [f, "validation.required"])));
  const checked = validateAssessmentInput(engineInputOf(fields));
  if (!checked.ok) {
    // The form's schema mirrors the engine's, so this only happens if they drift: still say where,
    // with the engine's own code (its flat parameters; a list parameter is left out).
    const errors: FieldErrors = {};
    for (const issue of checked.issues) {
      const params = Object.entries(issue.message.params ?? {}).filter(
        (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
      );
      errors[issue.path.replace(/\[\d+\]$/, "") || "_form"] ??= {
        key: issue.message.key,
        params: Object.fromEntries(params),
      };
    }
    throw new AppError("VALIDATION", { fieldErrors: errors });
  }

  const result = decide(checked.input, { defaults: await tenantPricing(tx, tenantId) });
  const { count } = await tx.assessment.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: "DRAFT" },
    data: {
      ...draftData(fields),
      status: "FINAL",
      result: result as unknown as Prisma.InputJsonValue,
      recommendation: result.recommendation,
      confidence: result.confidence,
      engineVersion: result.engineVersion,
      costGap: monthlyCostGap(result, current.organization.currentModel),
      finalizedAt: now,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "assessment.finalize",
    targetType: "Assessment",
    targetId: input.id,
    metadata: {
      recommendation: result.recommendation,
      confidence: result.confidence,
      engineVersion: result.engineVersion,
    },
  });
  await emitEvent(tx, {
    tenantId,
    type: "assessment.finalized",
    data: {
      assessmentId: input.id,
      organizationId: current.organizationId,
      recommendation: result.recommendation,
      confidence: result.confidence,
      engineVersion: result.engineVersion,
    },
    actorUserId: actor.userId,
    occurredAt: now,
  });
  return {
    id: input.id,
    organizationId: current.organizationId,
    version: input.expectedVersion + 1,
    recommendation: result.recommendation,
  };
}
