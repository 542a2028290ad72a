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
 * Proposals, newest first, in two queries whatever their number (their latest decisions come with
 * them): staff, one organization's (optionally one assessment's) through (tenantId, organizationId,
 * sharedAt); a client, their own organization's, withdrawn ones left out.
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
      version: true,
      sharedBy: { select: { user: { select: { name: true } } } },
      decisions: {
        where: { tenantId },
        orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: { decision: true, signatureName: true, decidedAt: true },
      },
      ...(staff ? { modelChanges: { where: { tenantId }, select: { id: true } } } : {}),
    },
  });
  return rows.map((r) => ({
    id: r.id,
    assessmentId: r.assessmentId,
    status: r.status,
    model: modelOf(r.snapshot),
    sharedAt: r.sharedAt,
    sharedByName: r.sharedBy.user.name,
    version: r.version,
    decision: r.decisions[0] ?? null,
    moveId: "modelChanges" in r ? ((r.modelChanges as { id: string }[])[0]?.id ?? null) : null,
  }));
}
