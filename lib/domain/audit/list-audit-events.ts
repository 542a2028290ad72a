import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { AUDIT_PAGE_SIZE, type AuditQuery } from "@/lib/domain/audit/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownerTenant } from "@/lib/domain/scope";

/**
 * The owner's audit trail: their tenant's events, newest first, 50 a page,
 * filtered by action and outcome. Actors are named when the owner can see them
 * (members of the tenant, current or removed); anyone else (a platform admin,
 * an unknown email at sign-in) stays unnamed.
 */
export async function listAuditEvents(tx: Tx, actor: Actor, query: AuditQuery) {
  const tenantId = ownerTenant(actor);
  const where: Prisma.AuditEventWhereInput = {
    tenantId,
    ...(query.action ? { action: query.action } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
  };
  const [total, actions] = await Promise.all([
    tx.auditEvent.count({ where }),
    tx.auditEvent.groupBy({ by: ["action"], where: { tenantId }, orderBy: { action: "asc" } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pages);
  const events = await tx.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      createdAt: true,
      actorUserId: true,
      action: true,
      targetType: true,
      targetId: true,
      requestId: true,
      outcome: true,
      metadata: true,
    },
  });
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => !!id))];
  const users = actorIds.length
    ? await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    total,
    page,
    pages,
    actions: actions.map((a) => a.action),
    events: events.map((e) => ({ ...e, actor: e.actorUserId ? (byId.get(e.actorUserId) ?? null) : null })),
  };
}
