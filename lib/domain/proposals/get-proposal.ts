import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { clientScope, isStaff, staffTenant } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";
import { readProposalSnapshot } from "@/lib/proposals/read-snapshot";

/**
 * One proposal as its page shows it, to staff of the tenant or to a client user of its
 * organization (never a withdrawn one: RLS hides those from clients too). Its snapshot is read as
 * stored; its decisions in order (the last one is in force); for staff, the move that closed it.
 */
export async function getProposal(tx: Tx, actor: Actor, id: string) {
  const staff = isStaff(actor);
  const where = staff
    ? { tenantId: staffTenant(actor), id }
    : (() => {
        const scope = clientScope(actor);
        return {
          tenantId: scope.tenantId,
          organizationId: scope.organizationId,
          id,
          status: { not: "WITHDRAWN" as const },
        };
      })();
  const row = await tx.proposal.findFirst({
    where,
    select: {
      id: true,
      tenantId: true,
      organizationId: true,
      assessmentId: true,
      status: true,
      snapshot: true,
      snapshotSha256: true,
      message: true,
      sharedAt: true,
      withdrawnAt: true,
      moveRecordedAt: true,
      version: true,
      organization: { select: { name: true } },
      tenant: { select: { name: true, brand: { select: { displayName: true } } } },
      sharedBy: { select: { user: { select: { name: true } } } },
      withdrawnBy: { select: { user: { select: { name: true } } } },
      decisions: {
        where: { tenantId: where.tenantId },
        orderBy: [{ decidedAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, decision: true, signatureName: true, snapshotSha256: true, decidedAt: true },
      },
      ...(staff
        ? {
            modelChanges: {
              where: { tenantId: where.tenantId },
              select: { id: true, effectiveDate: true, toModel: true },
            },
          }
        : {}),
    },
  });
  if (!row) throw notFound();
  const snapshot = readProposalSnapshot(row.snapshot);
  if (!snapshot) throw notFound();
  const move =
    "modelChanges" in row
      ? (row.modelChanges as { id: string; effectiveDate: Date; toModel: string | null }[])[0]
      : undefined;
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    /** The MSP as the client knows it: its brand's name, else the tenant's. */
    mspName: row.tenant.brand?.displayName ?? row.tenant.name,
    assessmentId: row.assessmentId,
    status: row.status,
    snapshot,
    snapshotSha256: row.snapshotSha256,
    message: row.message,
    sharedAt: row.sharedAt,
    sharedByName: row.sharedBy.user.name,
    withdrawnAt: row.withdrawnAt,
    withdrawnByName: row.withdrawnBy?.user.name ?? null,
    /** When the move closing it was recorded: its decision is then final. */
    moveRecordedAt: row.moveRecordedAt,
    version: row.version,
    decisions: row.decisions,
    /** The move recorded from this proposal (staff only; null: not yet). */
    move: move ? { id: move.id, effectiveDate: move.effectiveDate } : null,
  };
}
export type ProposalView = Awaited<ReturnType<typeof getProposal>>;
