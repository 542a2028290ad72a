import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

/**
 * The tenant's assessments for the API (summary rows, no answers), in id order: keyset on the
 * unique index (tenantId, id). Up to `limit + 1` rows.
 */
export async function listAssessmentsAfter(
  tx: Tx,
  actor: Actor,
  q: { organizationId?: string; status?: AssessmentStatus; after: string | null; limit: number },
) {
  const tenantId = staffTenant(actor);
  return tx.assessment.findMany({
    where: {
      tenantId,
      ...(q.organizationId ? { organizationId: q.organizationId } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.after ? { id: { gt: q.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: {
      id: true,
      organizationId: true,
      status: true,
      recommendation: true,
      confidence: true,
      costGap: true,
      engineVersion: true,
      finalizedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}
