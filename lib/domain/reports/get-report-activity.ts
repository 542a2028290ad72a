import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { memberNames } from "@/lib/domain/reports/names";
import { readableReports } from "@/lib/domain/scope";

/** How many comments a report page shows (most recent). */
export const COMMENT_LIMIT = 200;

export type ReportActivity = {
  acknowledgements: { userId: string; name: string | null; acknowledgedAt: Date }[];
  /** The caller's own acknowledgement (clients). */
  mine: Date | null;
  comments: {
    id: string;
    authorId: string;
    authorName: string | null;
    fromMsp: boolean;
    body: string;
    createdAt: Date;
    mine: boolean;
  }[];
  /** True when older comments exist beyond COMMENT_LIMIT. */
  truncated: boolean;
};

/**
 * Acknowledgements and comments of one report, with the names the caller may
 * see, in three queries. The report must be readable by the caller (the
 * `where` carries the same scope as the report itself; RLS is the second wall).
 */
export async function getReportActivity(tx: Tx, actor: Actor, reportId: string): Promise<ReportActivity> {
  const scope = readableReports(actor);
  const report = { ...scope, id: reportId };
  const [acks, comments] = await Promise.all([
    tx.reportAcknowledgement.findMany({
      where: { tenantId: scope.tenantId, reportId, report },
      orderBy: { acknowledgedAt: "asc" },
      select: { userId: true, acknowledgedAt: true },
    }),
    tx.reportComment.findMany({
      where: { tenantId: scope.tenantId, reportId, report },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: COMMENT_LIMIT + 1,
      select: { id: true, authorId: true, body: true, createdAt: true },
    }),
  ]);
  const names = await memberNames(tx, scope.tenantId, [
    ...acks.map((a) => a.userId),
    ...comments.map((c) => c.authorId),
  ]);
  return {
    acknowledgements: acks.map((a) => ({
      userId: a.userId,
      name: names.get(a.userId)?.name ?? null,
      acknowledgedAt: a.acknowledgedAt,
    })),
    mine: acks.find((a) => a.userId === actor.userId)?.acknowledgedAt ?? null,
    comments: comments
      .slice(0, COMMENT_LIMIT)
      .reverse()
      .map((c) => {
        const who = names.get(c.authorId);
        return {
          id: c.id,
          authorId: c.authorId,
          authorName: who?.name ?? null,
          // A name the caller cannot see belongs to another client user (RLS hides them from clients).
          fromMsp: who ? who.role !== "CLIENT" : false,
          body: c.body,
          createdAt: c.createdAt,
          mine: c.authorId === actor.userId,
        };
      }),
    truncated: comments.length > COMMENT_LIMIT,
  };
}
