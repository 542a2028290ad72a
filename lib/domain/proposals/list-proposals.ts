import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { clientScope, isStaff, staffTenant } from "@/lib/domain/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MODELS } from "@/lib/proposals/snapshot";
import type { Model } from "@/lib/vocabulary";

export type ProposalListItem = {
  id: string;
  assessmentId: string;
  status: "SHARED" | "APPROVED" | "DECLINED" | "WITHDRAWN";
  model: Model | null;
  sharedAt: Date;
  sharedByName: string;
  version: number;
  /** The decision in force (the latest), if any. */
  decision: { decision: "APPROVED" | "DECLINED"; signatureName: string; decidedAt: Date } | null;
  /** Staff only: the move recorded from it. */
  moveId: string | null;
};

const modelOf = (snapshot: Prisma.JsonValue): Model | null => {
  const m = (snapshot as { model?: unknown } | null)?.model;
  return (MODELS as readonly unknown[]).includes(m) ? (m as Model) : null;
};

/**
 * Proposals, newest first: staff, one organization's (optionally one assessment's) through
 * (tenantId, organizationId, sharedAt); a client, their own organization's, withdrawn ones left out.
 * One query when there are none (most organizations: the organization page and the assessment page
 * ask on every request); otherwise five whatever their number — the proposals, who shared them
 * (membership, then user), their decisions (the latest is the one in force) and, for staff, the
 * moves recorded from them.
 */
export async function listProposals(
  tx: Tx,
  actor: Actor,
  filter: { organizationId?: string; assessmentId?: string } = {},
): Promise<ProposalListItem[]> {
  const staff = isStaff(actor);
  let where: Prisma.ProposalWhereInput;
  if (staff) {
    where = { tenantId: staffTenant(actor), organizationId: filter.organizationId, assessmentId: filter.assessmentId };
  } else {
    const scope = clientScope(actor);
    where = { tenantId: scope.tenantId, organizationId: scope.organizationId, status: { not: "WITHDRAWN" } };
  }
  const tenantId = where.tenantId as string;
  const rows = await tx.proposal.findMany({
    where,
    orderBy: [{ sharedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      assessmentId: true,
      status: true,
      snapshot: true,
      sharedAt: true,
      sharedById: true,
      version: true,
    },
  });
  // Prisma reads nested relations with one statement each even for no parent rows: ask only when needed.
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [sharers, decisions, moves] = await Promise.all([
    tx.membership.findMany({
      where: { tenantId, userId: { in: [...new Set(rows.map((r) => r.sharedById))] } },
      select: { userId: true, user: { select: { name: true } } },
    }),
    tx.proposalDecision.findMany({
      where: { tenantId, proposalId: { in: ids } },
      orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
      select: { proposalId: true, decision: true, signatureName: true, decidedAt: true },
    }),
    staff
      ? tx.serviceModelChange.findMany({
          where: { tenantId, proposalId: { in: ids } },
          select: { id: true, proposalId: true },
        })
      : Promise.resolve([]),
  ]);
  const nameOf = new Map(sharers.map((m) => [m.userId, m.user.name]));
  const latest = new Map<string, ProposalListItem["decision"]>();
  for (const d of decisions)
    if (!latest.has(d.proposalId))
      latest.set(d.proposalId, { decision: d.decision, signatureName: d.signatureName, decidedAt: d.decidedAt });
  const moveOf = new Map<string, string>();
  for (const m of moves) if (m.proposalId && !moveOf.has(m.proposalId)) moveOf.set(m.proposalId, m.id);
  return rows.map((r) => {
    const sharedByName = nameOf.get(r.sharedById);
    // A required relation: the membership is there (RESTRICT), as the nested read assumed.
    if (sharedByName === undefined) throw new Error(`proposal ${r.id}: its sharer's membership is not readable`);
    return {
      id: r.id,
      assessmentId: r.assessmentId,
      status: r.status,
      model: modelOf(r.snapshot),
      sharedAt: r.sharedAt,
      sharedByName,
      version: r.version,
      decision: latest.get(r.id) ?? null,
      moveId: staff ? (moveOf.get(r.id) ?? null) : null,
    };
  });
}
