import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import type { PostureResult } from "@/lib/posture/score";
import { readPostureResult } from "@/lib/posture/stored-result";

export type PostureListRow = {
  id: string;
  status: "DRAFT" | "FINAL";
  finalizedAt: Date | null;
  updatedAt: Date;
  score: number | null;
  result: PostureResult | null;
};

/**
 * The posture assessments of one organization of the caller's tenant: drafts (latest edit first),
 * then finalized ones, newest first. One query on PostureAssessment(tenantId, organizationId, …).
 */
export async function listPostureAssessments(
  tx: Tx,
  actor: Actor,
  organizationId: string,
  take = 12,
): Promise<{ drafts: PostureListRow[]; finals: PostureListRow[] }> {
  const tenantId = staffTenant(actor);
  const rows = await tx.postureAssessment.findMany({
    where: { tenantId, organizationId },
    orderBy: [{ finalizedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
    take: take + 5,
    select: { id: true, status: true, finalizedAt: true, updatedAt: true, score: true, result: true },
  });
  const shaped = rows.map((r) => ({ ...r, result: r.status === "FINAL" ? readPostureResult(r.result) : null }));
  return {
    drafts: shaped.filter((r) => r.status === "DRAFT"),
    finals: shaped.filter((r) => r.status === "FINAL").slice(0, take),
  };
}
