import type { Tx } from "@/lib/db/context";

export type ClientComment = {
  commentId: string;
  createdAt: Date;
  authorName: string;
  body: string;
  reportId: string;
  period: string;
  organizationId: string;
  organizationName: string;
};

/** At most this many comments in one digest (the rest are counted, and read on the reports page). */
export const DIGEST_MAX_ITEMS = 50;

/**
 * Client comments posted in (since, until], for a digest: all of the tenant's for an owner, those
 * on the organizations they manage for an account manager. Index (tenantId, createdAt).
 */
export async function clientCommentsBetween(
  tx: Tx,
  input: { tenantId: string; since: Date; until: Date; managerId: string | null },
): Promise<{ items: ClientComment[]; total: number }> {
  const where = {
    tenantId: input.tenantId,
    createdAt: { gt: input.since, lte: input.until },
    author: { role: "CLIENT" as const },
    ...(input.managerId ? { report: { organization: { accountManagerId: input.managerId } } } : {}),
  };
  const rows = await tx.reportComment.findMany({
    where,
    select: {
      id: true,
      createdAt: true,
      body: true,
      author: { select: { user: { select: { name: true } } } },
      report: { select: { id: true, period: true, organization: { select: { id: true, name: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: DIGEST_MAX_ITEMS,
  });
  const total = rows.length < DIGEST_MAX_ITEMS ? rows.length : await tx.reportComment.count({ where });
  return {
    total,
    items: rows.map((r) => ({
      commentId: r.id,
      createdAt: r.createdAt,
      authorName: r.author.user.name,
      body: r.body,
      reportId: r.report.id,
      period: r.report.period,
      organizationId: r.report.organization.id,
      organizationName: r.report.organization.name,
    })),
  };
}
