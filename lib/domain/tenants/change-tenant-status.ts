import type { Actor } from "@/lib/access/actor";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { ChangeTenantStatusInput } from "@/lib/domain/tenants/schemas";
import { conflict, notFound, refuse } from "@/lib/errors";
import type { TenantStatus } from "@/lib/generated/prisma/enums";
import { requirePlatformAdmin } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Suspends or reactivates a tenant, with a reason. Suspension changes nothing
 * but the tenant row: its users are refused at sign-in and on their next
 * request (lib/auth, resolveActor) and shown the reason; its data is untouched,
 * so reactivation restores everything as it was.
 */
export async function changeTenantStatus(
  tx: Tx,
  actor: Actor,
  input: ChangeTenantStatusInput & { to: TenantStatus },
  ctx: DomainContext,
) {
  requirePlatformAdmin(actor);
  const { to } = input;
  const current = await tx.tenant.findFirst({ where: { id: input.id }, select: { status: true, version: true } });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict();
  if (current.status === to)
    throw refuse(
      "CONFLICT",
      to === "SUSPENDED" ? "admin.tenants.errors.alreadySuspended" : "admin.tenants.errors.alreadyActive",
    );
  const now = ctx.now ?? new Date();
  const { count } = await tx.tenant.updateMany({
    where: { id: input.id, version: input.expectedVersion, status: current.status },
    data:
      to === "SUSPENDED"
        ? { status: "SUSPENDED", suspendedReason: input.reason, suspendedAt: now, version: { increment: 1 } }
        : { status: "ACTIVE", suspendedReason: null, suspendedAt: null, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await audit(
    tx,
    { tenantId: input.id, actorUserId: actor.userId, requestId: ctx.requestId },
    {
      action: to === "SUSPENDED" ? "tenant.suspend" : "tenant.reactivate",
      targetType: "Tenant",
      targetId: input.id,
      metadata: { reason: input.reason },
    },
  );
  return { id: input.id, version: input.expectedVersion + 1, status: to };
}
