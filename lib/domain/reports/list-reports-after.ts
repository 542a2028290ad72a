import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * The tenant's steering reports for the API (summary rows), in id order: keyset on the unique
 * index (tenantId, id). Up to `limit + 1` rows.
 */
export async function listReportsAfter(
  tx: Tx,
  actor: Actor,
  q: { organizationId?: string; status?: ReportStatus; period?: string; after: string | null; limit: number },
) {
  const tenantId = staffTenant(actor);
  return tx.steeringReport.findMany({
    where: {
      tenantId,
      ...(q.organizationId ? { organizationId: q.organizationId } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.period ? { period: q.period } : {}),
      ...(q.after ? { id: { gt: q.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: {
      id: true,
      organizationId: true,
      period: true,
      status: true,
      version: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}
