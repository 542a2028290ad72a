import type { Actor } from "@/lib/access/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { type DashboardFilters, UNASSIGNED } from "@/lib/domain/dashboard/schemas";
import { AppError } from "@/lib/errors";

/** The dashboard is MSP staff's: it always runs inside the caller's tenant. */
export function staffTenantId(actor: Actor): string {
  if (!actor.tenantId || (actor.role !== "OWNER" && actor.role !== "ACCOUNT_MANAGER")) throw new AppError("NOT_FOUND");
  return actor.tenantId;
}

/**
 * The organization filters as a SQL fragment on the alias `o` ("ClientOrganization"),
 * appended after a WHERE that already holds `o."tenantId" = <tenant>`. Values are bound parameters.
 */
export function organizationFilter(filters: Pick<DashboardFilters, "manager" | "status">): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.manager === UNASSIGNED) parts.push(Prisma.sql`AND o."accountManagerId" IS NULL`);
  else if (filters.manager) parts.push(Prisma.sql`AND o."accountManagerId" = ${filters.manager}`);
  if (filters.status) parts.push(Prisma.sql`AND o."lifecycleStatus" = ${filters.status}::"LifecycleStatus"`);
  return parts.length > 0 ? Prisma.join(parts, " ") : Prisma.empty;
}

/** True when a filter restricts the organizations (queries that could skip the organizations table must join it). */
export function hasOrganizationFilter(filters: Pick<DashboardFilters, "manager" | "status">): boolean {
  return !!filters.manager || !!filters.status;
}
