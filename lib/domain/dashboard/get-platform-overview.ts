import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { MODELS, perModel, type PerModel } from "@/lib/vocabulary";

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
  clients: Partial<PerModel<number>> | null;
  lastActivity: Date | null;
};

/** `{ "<model>": active clients on it, … }` for every model of the vocabulary, as one jsonb column. */
const ACTIVE_CLIENTS_PER_MODEL = Prisma.sql`jsonb_build_object(${Prisma.join(
  MODELS.map(
    (m) => Prisma.sql`${m}::text, COUNT(*) FILTER (WHERE "lifecycleStatus" = 'ACTIVE' AND "currentModel"::text = ${m})`,
  ),
)})`;
const clientsOf = (counts: Partial<PerModel<number>> | null | undefined) => perModel((m) => Number(counts?.[m] ?? 0));

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
           o.clients,
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
             ${ACTIVE_CLIENTS_PER_MODEL} AS clients
      FROM "ClientOrganization"
      GROUP BY 1
    ) o ON o."tenantId" = t.id
    LEFT JOIN LATERAL (
      SELECT e."createdAt" AS last FROM "AuditEvent" e WHERE e."tenantId" = t.id ORDER BY e."createdAt" DESC LIMIT 1
    ) a ON true
    ORDER BY t.name, t.id`;
  const [totals] = await tx.$queryRaw<
    { users: number; organizations: number; clients: Partial<PerModel<number>> | null }[]
  >`
    SELECT (SELECT COUNT(DISTINCT "userId") FROM "Membership" WHERE "removedAt" IS NULL)::int AS users,
           o.organizations, o.clients
    FROM (
      SELECT COUNT(*)::int AS organizations, ${ACTIVE_CLIENTS_PER_MODEL} AS clients
      FROM "ClientOrganization"
    ) o`;
  const tenants = rows.map(({ clients, createdAt, lastActivity, ...t }) => ({
    ...t,
    createdAt: createdAt.toISOString(),
    clients: clientsOf(clients),
    lastActivity: lastActivity ? lastActivity.toISOString() : null,
  }));
  return {
    tenants,
    totals: {
      tenants: tenants.length,
      suspended: tenants.filter((t) => t.status === "SUSPENDED").length,
      users: totals?.users ?? 0,
      organizations: totals?.organizations ?? 0,
      clients: clientsOf(totals?.clients),
    },
  };
}
