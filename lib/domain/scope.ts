import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";

/** The scope guards of the domain: who may act inside which tenant. Anything else is out of scope (404). */

export const isStaff = (actor: Actor) => actor.role === "OWNER" || actor.role === "ACCOUNT_MANAGER";

/** Staff work always happens inside their tenant. */
export function staffTenant(actor: Actor): string {
  if (!actor.tenantId || !isStaff(actor)) throw new AppError("NOT_FOUND");
  return actor.tenantId;
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
