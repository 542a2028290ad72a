import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { AppError, notFound } from "@/lib/errors";

/** The scope guards of the domain: who may act inside which tenant. Anything else is out of scope (404). */

export const isStaff = (actor: Actor) => actor.role === "OWNER" || actor.role === "ACCOUNT_MANAGER";

/** Staff work always happens inside their tenant. */
export function staffTenant(actor: Actor): string {
  if (!actor.tenantId || !isStaff(actor)) throw new AppError("NOT_FOUND");
  return actor.tenantId;
}

/** 404 unless the organization is one of the tenant's. */
export async function assertOrganizationInTenant(tx: Tx, tenantId: string, organizationId: string): Promise<void> {
  if ((await tx.clientOrganization.count({ where: { tenantId, id: organizationId } })) === 0) throw notFound();
}

/** Staff acting on one organization of their tenant: the tenant's id, or 404. */
export async function staffOrganizationTenant(tx: Tx, actor: Actor, organizationId: string): Promise<string> {
  const tenantId = staffTenant(actor);
  await assertOrganizationInTenant(tx, tenantId, organizationId);
  return tenantId;
}

/** Owner entry points always run inside the owner's tenant. */
export function ownerTenant(actor: Actor): string {
  if (!actor.tenantId || actor.role !== "OWNER") throw new AppError("NOT_FOUND");
  return actor.tenantId;
}

/** Platform-admin entry points. */
export function requirePlatformAdmin(actor: Actor): void {
  if (actor.role !== "PLATFORM_ADMIN") throw new AppError("NOT_FOUND");
}

/** A client user reads one organization of one tenant, published reports only. */
export function clientScope(actor: Actor): { tenantId: string; organizationId: string; status: "PUBLISHED" } {
  if (actor.role !== "CLIENT" || !actor.tenantId || !actor.organizationId) throw new AppError("NOT_FOUND");
  return { tenantId: actor.tenantId, organizationId: actor.organizationId, status: "PUBLISHED" };
}

/**
 * The `where` that limits which reports a caller may read: staff, any report of
 * their tenant; a client, their organization's published reports.
 */
export function readableReports(actor: Actor): { tenantId: string; organizationId?: string; status?: "PUBLISHED" } {
  return isStaff(actor) ? { tenantId: staffTenant(actor) } : clientScope(actor);
}
