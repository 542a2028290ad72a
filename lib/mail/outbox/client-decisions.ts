import type { Tx } from "@/lib/db/context";
import { findStoredItem, ITEM_COLUMN } from "@/lib/decisions/find-item";
import { DIGEST_MAX_ITEMS } from "@/lib/mail/outbox/client-activity";
import { readProposalSnapshot } from "@/lib/proposals/read-snapshot";
import type { DecisionItemKind, DecisionOutcome, Model } from "@/lib/vocabulary";

/** A client's decision on a recommendation or roadmap item of a published review (the ledger). */
export type DigestItemDecision = {
  decisionId: string;
  decidedAt: Date;
  decision: DecisionOutcome;
  deferredTo: string | null;
  itemKind: DecisionItemKind;
  /** The item's title as published on the review it was decided on ("" if the item is gone from it). */
  title: string;
  deciderName: string;
  reportId: string;
  period: string;
  organizationId: string;
  organizationName: string;
};

/** A client's decision on a proposal. */
export type DigestProposalDecision = {
  decisionId: string;
  decidedAt: Date;
  decision: "APPROVED" | "DECLINED";
  /** The model proposed (from the proposal's snapshot as shared); null if unreadable. */
  model: Model | null;
  deciderName: string;
  proposalId: string;
  organizationId: string;
  organizationName: string;
};

/**
 * Client decisions recorded in (since, until], for a digest, with the same scope rule as the
 * comments (client-activity.ts): all of the tenant's for an owner, those on the organizations they
 * manage for an account manager. Decisions on review items (index (tenantId, decidedAt) of
 * ClientDecision) and on proposals (index (tenantId, decidedAt) of ProposalDecision), oldest
 * first, at most DIGEST_MAX_ITEMS of each (the rest counted).
 */
export async function clientDecisionsBetween(
  tx: Tx,
  input: { tenantId: string; since: Date; until: Date; managerId: string | null },
): Promise<{ items: DigestItemDecision[]; proposals: DigestProposalDecision[]; total: number }> {
  const window = { tenantId: input.tenantId, decidedAt: { gt: input.since, lte: input.until } };
  const managed = input.managerId ? { organization: { accountManagerId: input.managerId } } : {};
  const itemWhere = { ...window, ...managed };
  const proposalWhere = { ...window, ...(input.managerId ? { proposal: managed } : {}) };
  const order = [{ decidedAt: "asc" as const }, { id: "asc" as const }];
  const [itemRows, proposalRows] = await Promise.all([
    tx.clientDecision.findMany({
      where: itemWhere,
      select: {
        id: true,
        decidedAt: true,
        decision: true,
        deferredTo: true,
        itemKind: true,
        itemId: true,
        decidedBy: { select: { user: { select: { name: true } } } },
        report: { select: { id: true, period: true, recommendations: true, roadmap: true } },
        organization: { select: { id: true, name: true } },
      },
      orderBy: order,
      take: DIGEST_MAX_ITEMS,
    }),
    tx.proposalDecision.findMany({
      where: proposalWhere,
      select: {
        id: true,
        decidedAt: true,
        decision: true,
        decidedBy: { select: { user: { select: { name: true } } } },
        proposal: { select: { id: true, snapshot: true, organization: { select: { id: true, name: true } } } },
      },
      orderBy: order,
      take: DIGEST_MAX_ITEMS,
    }),
  ]);
  const itemTotal =
    itemRows.length < DIGEST_MAX_ITEMS ? itemRows.length : await tx.clientDecision.count({ where: itemWhere });
  const proposalTotal =
    proposalRows.length < DIGEST_MAX_ITEMS
      ? proposalRows.length
      : await tx.proposalDecision.count({ where: proposalWhere });
  return {
    total: itemTotal + proposalTotal,
    items: itemRows.map((r) => {
      const title = findStoredItem(r.report[ITEM_COLUMN[r.itemKind]], r.itemId)?.title;
      return {
        decisionId: r.id,
        decidedAt: r.decidedAt,
        decision: r.decision,
        deferredTo: r.deferredTo,
        itemKind: r.itemKind,
        title: typeof title === "string" ? title : "",
        deciderName: r.decidedBy.user.name,
        reportId: r.report.id,
        period: r.report.period,
        organizationId: r.organization.id,
        organizationName: r.organization.name,
      };
    }),
    proposals: proposalRows.map((r) => ({
      decisionId: r.id,
      decidedAt: r.decidedAt,
      decision: r.decision,
      model: readProposalSnapshot(r.proposal.snapshot)?.model ?? null,
      deciderName: r.decidedBy.user.name,
      proposalId: r.proposal.id,
      organizationId: r.proposal.organization.id,
      organizationName: r.proposal.organization.name,
    })),
  };
}
