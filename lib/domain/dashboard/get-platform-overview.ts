import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { AppError } from "@/lib/errors";
import type { PerModel } from "@/lib/stats/types";

export type TenantOverview = {
  id: string;
  name: string;
  slug: string;
  status: "ACTIVE" | "SUSPENDED";
  createdAt: string;
  /** People with a current membership: staff (owners, account managers) and client users. */
  users: number;
  staff: number;
  clientUsers: number;
  organizations: number;
  prospects: number;
  former: number;
  /** Active clients on each model now. */
  clients: PerModel<number>;
  /** The tenant's latest audit event (sign-ins, changes, denials); null if none yet. */
  lastActivity: string | null;
};

export type PlatformOverview = {
  tenants: TenantOverview[];
  totals: { tenants: number; suspended: number; users: number; organizations: number; clients: PerModel<number> };
};

type TenantRow = Omit<TenantOverview, "clients" | "lastActivity" | "createdAt"> & {
  createdAt: Date;
  breakFix: number;
  hybrid: number;
  managed: number;
  lastActivity: Date | null;
};

/**
 * The platform administrator's overview: every tenant with its users, client organizations,
 * active clients per model and last activity. Two statements whatever the number of tenants:
 * memberships and organizations are aggregated by GROUP BY tenant, the last activity is one
 * backward probe of the (tenantId, createdAt) audit index per tenant; then the platform totals
 * (distinct users: one person can belong to several tenants).
 */
export async function getPlatformOverview(tx: Tx, actor: Actor): Promise<PlatformOverview> {
  if (actor.role !== "PLATFORM_ADMIN") throw new AppError("NOT_FOUND");
  const rows = await tx.$queryRaw<TenantRow[]>`
    SELECT t.id, t.name, t.slug, t.status::text AS status, t."createdAt",
           COALESCE(m.users, 0) AS users, COALESCE(m.staff, 0) AS staff, COALESCE(m.client_users, 0) AS "clientUsers",
           COALESCE(o.organizations, 0) AS organizations, COALESCE(o.prospects, 0) AS prospects, COALESCE(o.former, 0) AS former,
           COALESCE(o.break_fix, 0) AS "breakFix", COALESCE(o.hybrid, 0) AS hybrid, COALESCE(o.managed, 0) AS managed,
           a.last AS "lastActivity"
    FROM "Tenant" t
    LEFT JOIN (
      SELECT "tenantId",
             COUNT(DISTINCT "userId")::int AS users,
             COUNT(DISTINCT "userId") FILTER (WHERE role <> 'CLIENT')::int AS staff,
             COUNT(DISTINCT "userId") FILTER (WHERE role = 'CLIENT')::int AS client_users
      FROM "Membership"
      WHERE "removedAt" IS NULL
      GROUP BY 1
    ) m ON m."tenantId" = t.id
    LEFT JOIN (
      SELECT "tenantId",
             COUNT(*)::int AS organizations,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'PROSPECT')::int AS prospects,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'FORMER')::int AS former,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'ACTIVE' AND "currentModel" = 'BREAK_FIX')::int AS break_fix,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'ACTIVE' AND "currentModel" = 'HYBRID')::int AS hybrid,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'ACTIVE' AND "currentModel" = 'MANAGED')::int AS managed
      FROM "ClientOrganization"
      GROUP BY 1
    ) o ON o."tenantId" = t.id
    LEFT JOIN LATERAL (
      SELECT e."createdAt" AS last FROM "AuditEvent" e WHERE e."tenantId" = t.id ORDER BY e."createdAt" DESC LIMIT 1
    ) a ON true
    ORDER BY t.name, t.id`;
  const [totals] = await tx.$queryRaw<
    { users: number; organizations: number; breakFix: number; hybrid: number; managed: number }[]
  >`
    SELECT (SELECT COUNT(DISTINCT "userId") FROM "Membership" WHERE "removedAt" IS NULL)::int AS users,
           o.organizations, o.break_fix AS "breakFix", o.hybrid, o.managed
    FROM (
      SELECT COUNT(*)::int AS organizations,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'ACTIVE' AND "currentModel" = 'BREAK_FIX')::int AS break_fix,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'ACTIVE' AND "currentModel" = 'HYBRID')::int AS hybrid,
             COUNT(*) FILTER (WHERE "lifecycleStatus" = 'ACTIVE' AND "currentModel" = 'MANAGED')::int AS managed
      FROM "ClientOrganization"
    ) o`;
  const tenants = rows.map(({ breakFix, hybrid, managed, createdAt, lastActivity, ...t }) => ({
    ...t,
    createdAt: createdAt.toISOString(),
    clients: { BREAK_FIX: breakFix, HYBRID: hybrid, MANAGED: managed },
    lastActivity: lastActivity ? lastActivity.toISOString() : null,
  }));
  return {
    tenants,
    totals: {
      tenants: tenants.length,
      suspended: tenants.filter((t) => t.status === "SUSPENDED").length,
      users: totals?.users ?? 0,
      organizations: totals?.organizations ?? 0,
      clients: { BREAK_FIX: totals?.breakFix ?? 0, HYBRID: totals?.hybrid ?? 0, MANAGED: totals?.managed ?? 0 },
    },
  };
}
