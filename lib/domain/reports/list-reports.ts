import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { ReportListQuery } from "@/lib/domain/reports/schemas";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { staffTenant } from "@/lib/domain/scope";

export const REPORT_PAGE_SIZE = 25;

export type ReportListItem = {
  id: string;
  period: string;
  status: ReportStatus;
  updatedAt: Date;
  publishedAt: Date | null;
  organization: { id: string; name: string };
  acknowledgements: number;
  comments: number;
};

/**
 * Every report of the tenant, newest month first, filtered by status and
 * organization, one page at a time (a count and a page: two queries).
 */
export async function listReports(
  tx: Tx,
  actor: Actor,
  query: ReportListQuery,
): Promise<{ items: ReportListItem[]; total: number; page: number; pages: number }> {
  const tenantId = staffTenant(actor);
  const where = {
    tenantId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.organizationId ? { organizationId: query.organizationId } : {}),
  };
  const total = await tx.steeringReport.count({ where });
  const pages = Math.max(1, Math.ceil(total / REPORT_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await tx.steeringReport.findMany({
    where,
    orderBy: [{ period: "desc" }, { organization: { name: "asc" } }, { id: "asc" }],
    skip: (page - 1) * REPORT_PAGE_SIZE,
    take: REPORT_PAGE_SIZE,
    select: {
      id: true,
      period: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      organization: { select: { id: true, name: true } },
      _count: { select: { acks: true, comments: true } },
    },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      period: r.period,
      status: r.status,
      updatedAt: r.updatedAt,
      publishedAt: r.publishedAt,
      organization: r.organization,
      acknowledgements: r._count.acks,
      comments: r._count.comments,
    })),
    total,
    page,
    pages,
  };
}
