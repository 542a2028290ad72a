import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { AssessmentDraftFields } from "@/lib/domain/assessments/schemas";
import { assessmentInputSelect, draftFieldsOf, emptyDraftFields } from "@/lib/domain/assessments/stored-input";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { interventionHistory } from "@/lib/domain/interventions/intervention-history";
import { logAsHistory, type LogHistory } from "@/lib/interventions/history";
import { readAnswers } from "@/lib/domain/posture/read-answers";
import { engineInputsFromPosture, type PostureEngineInputs } from "@/lib/posture/engine-inputs";

export type AssessmentDefaults = {
  fields: AssessmentDraftFields;
  /** The assessment the answers were taken from (null: only the organization's facts). */
  from: { id: string; finalizedAt: Date | null; status: "DRAFT" | "FINAL" } | null;
  /** What the interventions log says of the last 12 months (null: nothing logged). */
  log: LogHistory | null;
  /**
   * What the organization's latest finalized security posture assessment says about the engine's
   * inputs (lib/posture/engine-inputs.ts), per field: `applied` when it filled a blank answer;
   * otherwise the answer above was kept and the posture's value is only shown beside it.
   */
  posture: {
    id: string;
    finalizedAt: Date;
    fields: { [K in keyof PostureEngineInputs]?: NonNullable<PostureEngineInputs[K]> & { applied: boolean } };
  } | null;
};

/**
 * What a new assessment starts from: the answers of the organization's latest final assessment
 * (its latest draft when none is final), with the organization's current facts (headcount,
 * sites, endpoints) on top, since those are kept up to date on the organization itself. The
 * incident history comes from the interventions log (source shown) unless the account manager
 * typed figures of their own last time: typed figures are never replaced silently (the form
 * shows the log's figures beside them). Where the latest finalized security posture assessment
 * answers one of the engine's questions (backups, documentation) that is still blank, its answer
 * fills it, with its source shown; an answer already given is never overwritten.
 */
export async function assessmentDefaults(
  tx: Tx,
  actor: Actor,
  org: { id: string; headcount: number; sites: number; endpoints: number | null },
  ctx: Pick<DomainContext, "now">,
): Promise<AssessmentDefaults> {
  const tenantId = staffTenant(actor);
  const latest =
    (await tx.assessment.findFirst({
      where: { tenantId, organizationId: org.id, status: "FINAL" },
      orderBy: [{ finalizedAt: "desc" }, { id: "desc" }],
      select: { ...assessmentInputSelect, id: true, status: true, finalizedAt: true },
    })) ??
    (await tx.assessment.findFirst({
      where: { tenantId, organizationId: org.id, status: "DRAFT" },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { ...assessmentInputSelect, id: true, status: true, finalizedAt: true },
    }));
  const base: AssessmentDraftFields = latest ? draftFieldsOf(latest) : emptyDraftFields();
  const log = await interventionHistory(tx, actor, org.id, ctx);
  const typed = base.incidentHistory?.source === "assessment" ? base.incidentHistory : null;
  const fields: AssessmentDraftFields = {
    ...base,
    headcount: org.headcount,
    sites: org.sites,
    endpoints: org.endpoints ?? base.endpoints,
    incidentHistory: typed ?? (log ? logAsHistory(log) : null),
  };
  // Keep the cross-field rule true when the organization shrank since the last assessment.
  if (fields.remoteUsers !== null && fields.headcount !== null && fields.remoteUsers > fields.headcount)
    fields.remoteUsers = fields.headcount;
  const posture = await postureSuggestions(tx, tenantId, org.id, fields);
  return {
    fields,
    from: latest ? { id: latest.id, finalizedAt: latest.finalizedAt, status: latest.status } : null,
    log,
    posture,
  };
}

async function postureSuggestions(
  tx: Tx,
  tenantId: string,
  organizationId: string,
  fields: AssessmentDraftFields,
): Promise<AssessmentDefaults["posture"]> {
  const final = await tx.postureAssessment.findFirst({
    where: { tenantId, organizationId, status: "FINAL" },
    orderBy: [{ finalizedAt: "desc" }, { id: "desc" }],
    select: { id: true, finalizedAt: true },
  });
  if (!final?.finalizedAt) return null;
  const answers = (await readAnswers(tx, tenantId, [final.id])).get(final.id) ?? [];
  const suggested = engineInputsFromPosture(new Map(answers.map((a) => [a.questionId, a.level])));
  const out: NonNullable<AssessmentDefaults["posture"]>["fields"] = {};
  if (suggested.backups) {
    const applied = fields.backups === null;
    if (applied) fields.backups = suggested.backups.value;
    out.backups = { ...suggested.backups, applied };
  }
  if (suggested.documentation) {
    const applied = fields.documentation === null;
    if (applied) fields.documentation = suggested.documentation.value;
    out.documentation = { ...suggested.documentation, applied };
  }
  return Object.keys(out).length > 0 ? { id: final.id, finalizedAt: final.finalizedAt, fields: out } : null;
}
