import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { findStoredItem, ITEM_COLUMN } from "@/lib/decisions/find-item";
import { itemHash } from "@/lib/decisions/item-hash";
import type { ReadableReport } from "@/lib/domain/reports/get-report";
import { readableReports } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";
import type { DecisionItemKind, DecisionOutcome } from "@/lib/vocabulary";

export type DecisionRecord = {
  id: string;
  decision: DecisionOutcome;
  deferredTo: string | null;
  note: string | null;
  /** The full name the approver typed (it matches their account's name when they signed). */
  signature: string;
  decidedAt: Date;
  itemHash: string;
  /** The report (month) it was decided on. */
  reportId: string;
  period: string;
  /** The item as published on that report differs from the item on this one (corrected since). */
  changedSince: boolean;
};

export type ItemDecisions = {
  itemKind: DecisionItemKind;
  itemId: string;
  title: string;
  /** Oldest first; the last one is the current decision. */
  history: DecisionRecord[];
  current: DecisionRecord | null;
};

/**
 * The decisions on each recommendation and roadmap item of one report: for every item of the
 * report that has an id, its whole history across the organization's reports (the item keeps
 * its id from month to month), oldest first. One query for the decisions (indexed by
 * organization, kind and item), one for the months they were made on. Staff read it for any
 * report of their tenant, a client for their organization's published ones (404 otherwise). Given
 * the report getReport read in the same transaction, it does not read the report again.
 */
export async function listReportDecisions(
  tx: Tx,
  actor: Actor,
  reportOrId: string | ReadableReport,
): Promise<ItemDecisions[]> {
  const scope = readableReports(actor);
  const report = typeof reportOrId === "string" ? await readItems(tx, actor, reportOrId) : reportOrId;
  const items: { itemKind: DecisionItemKind; itemId: string; title: string; hash: string }[] = [];
  for (const itemKind of ["recommendation", "roadmap"] as const) {
    const list = report.stored[ITEM_COLUMN[itemKind]];
    if (!Array.isArray(list)) continue;
    for (const element of list) {
      const id = (element as { id?: unknown })?.id;
      const title = (element as { title?: unknown })?.title;
      if (typeof id !== "string" || typeof title !== "string") continue;
      const stored = findStoredItem(list, id);
      if (stored) items.push({ itemKind, itemId: id, title, hash: itemHash(stored) });
    }
  }
  if (items.length === 0) return [];
  const rows = await tx.clientDecision.findMany({
    where: {
      tenantId: scope.tenantId,
      organizationId: report.organizationId,
      itemId: { in: items.map((i) => i.itemId) },
    },
    orderBy: [{ decidedAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      itemKind: true,
      itemId: true,
      decision: true,
      deferredTo: true,
      note: true,
      signature: true,
      decidedAt: true,
      itemHash: true,
      reportId: true,
    },
  });
  const reportIds = [...new Set(rows.map((r) => r.reportId))];
  const periods = new Map(
    (
      await tx.steeringReport.findMany({
        where: { ...scope, id: { in: reportIds } },
        select: { id: true, period: true },
      })
    ).map((r) => [r.id, r.period]),
  );
  return items.map((item) => {
    const history = rows
      .filter((r) => r.itemKind === item.itemKind && r.itemId === item.itemId)
      .map((r) => ({
        id: r.id,
        decision: r.decision,
        deferredTo: r.deferredTo,
        note: r.note,
        signature: r.signature,
        decidedAt: r.decidedAt,
        itemHash: r.itemHash,
        reportId: r.reportId,
        period: periods.get(r.reportId) ?? "",
        changedSince: r.itemHash !== item.hash,
      }));
    return {
      itemKind: item.itemKind,
      itemId: item.itemId,
      title: item.title,
      history,
      current: history.at(-1) ?? null,
    };
  });
}

/** The report's decision items as stored, under the caller's scope (NOT_FOUND otherwise). */
async function readItems(tx: Tx, actor: Actor, reportId: string): Promise<Omit<ReadableReport, symbol>> {
  const row = await tx.steeringReport.findFirst({
    where: { ...readableReports(actor), id: reportId },
    select: { id: true, organizationId: true, recommendations: true, roadmap: true },
  });
  if (!row) throw notFound();
  return { id: row.id, organizationId: row.organizationId, stored: row };
}
