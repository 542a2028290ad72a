import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { AssessmentDraftFields } from "@/lib/domain/assessments/schemas";
import { assessmentInputSelect, draftFieldsOf, emptyDraftFields } from "@/lib/domain/assessments/stored-input";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { interventionHistory } from "@/lib/domain/interventions/intervention-history";
import { logAsHistory, type LogHistory } from "@/lib/interventions/history";

export type AssessmentDefaults = {
  fields: AssessmentDraftFields;
  /** The assessment the answers were taken from (null: only the organization's facts). */
  from: { id: string; finalizedAt: Date | null; status: "DRAFT" | "FINAL" } | null;
  /** What the interventions log says of the last 12 months (null: nothing logged). */
  log: LogHistory | null;
};

/**
 * What a new assessment starts from: the answers of the organization's latest final assessment
 * (its latest draft when none is final), with the organization's current facts (headcount,
 * sites, endpoints) on top, since those are kept up to date on the organization itself. The
 * incident history comes from the interventions log (source shown) unless the account manager
 * typed figures of their own last time: typed figures are never replaced silently (the form
 * shows the log's figures beside them).
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
  return {
    fields,
    from: latest ? { id: latest.id, finalizedAt: latest.finalizedAt, status: latest.status } : null,
    log,
  };
}
