import type { Tx } from "@/lib/db/context";
import { buildPostureTrend, POSTURE_TREND_POINTS, type PostureTrend } from "@/lib/posture/trend";
import { readPostureResult } from "@/lib/posture/stored-result";

/**
 * The posture trend of one organization as known at `until`: its finalized posture assessments
 * up to then (newest POSTURE_TREND_POINTS), with the latest as-of date of each one's answers.
 * Two queries. Staff context only (RLS keeps posture tables from clients): a client reads the
 * trend a report carried when it was published.
 */
export async function getPostureTrend(
  tx: Tx,
  scope: { tenantId: string; organizationId: string },
  until: Date,
): Promise<PostureTrend> {
  const rows = await tx.postureAssessment.findMany({
    where: { ...scope, status: "FINAL", finalizedAt: { lte: until } },
    orderBy: [{ finalizedAt: "desc" }, { id: "desc" }],
    take: POSTURE_TREND_POINTS,
    select: { id: true, finalizedAt: true, result: true },
  });
  if (!rows.length) return { points: [] };
  const asOf = await tx.postureAnswer.groupBy({
    by: ["assessmentId"],
    where: { tenantId: scope.tenantId, assessmentId: { in: rows.map((r) => r.id) } },
    _max: { asOf: true },
  });
  const latest = new Map(asOf.map((a) => [a.assessmentId, a._max.asOf]));
  return buildPostureTrend(
    rows.map((r) => ({
      id: r.id,
      finalizedAt: r.finalizedAt!,
      latestAsOf: latest.get(r.id) ?? null,
      result: readPostureResult(r.result),
    })),
  );
}
