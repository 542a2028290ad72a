import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import { readAnswers, type StoredAnswer } from "@/lib/domain/posture/read-answers";

/**
 * Where a new posture assessment starts: the answers of the organization's latest finalized one
 * (levels, evidence and their own as-of dates, to be updated where things changed), or nothing.
 */
export async function postureDefaults(
  tx: Tx,
  actor: Actor,
  organizationId: string,
): Promise<{ from: { id: string; finalizedAt: Date } | null; answers: StoredAnswer[] }> {
  const tenantId = staffTenant(actor);
  const latest = await tx.postureAssessment.findFirst({
    where: { tenantId, organizationId, status: "FINAL" },
    orderBy: [{ finalizedAt: "desc" }, { id: "desc" }],
    select: { id: true, finalizedAt: true },
  });
  if (!latest?.finalizedAt) return { from: null, answers: [] };
  const answers = await readAnswers(tx, tenantId, [latest.id]);
  return { from: { id: latest.id, finalizedAt: latest.finalizedAt }, answers: answers.get(latest.id) ?? [] };
}
