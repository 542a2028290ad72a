import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { AssessmentDraftFields } from "@/lib/domain/assessments/schemas";
import type { DomainContext } from "@/lib/domain/context";
import { interventionHistory } from "@/lib/domain/interventions/intervention-history";
import { sourcedHistory } from "@/lib/interventions/history";

/**
 * The form's history figures with their true source: the interventions log's when they are the
 * log's figures (and its months), the account manager's otherwise (lib/interventions/history.ts).
 * The form cannot say it: a hidden field would keep claiming the log after an edit.
 */
export async function sourceHistory(
  tx: Tx,
  actor: Actor,
  input: { organizationId: string; fields: AssessmentDraftFields },
  ctx: Pick<DomainContext, "now">,
): Promise<AssessmentDraftFields> {
  if (!input.fields.incidentHistory) return input.fields;
  const log = await interventionHistory(tx, actor, input.organizationId, ctx);
  return { ...input.fields, incidentHistory: sourcedHistory(input.fields.incidentHistory, log) };
}
