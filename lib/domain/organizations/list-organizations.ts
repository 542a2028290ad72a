import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { containsLiteral } from "@/lib/db/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ORG_PAGE_SIZE, type OrgListQuery } from "@/lib/domain/organizations/schemas";
import { staffTenant } from "@/lib/domain/scope";
import type { Lifecycle, Model } from "@/lib/vocabulary";

export type OrgListRow = {
  id: string;
  name: string;
  industry: string | null;
  headcount: number;
  sites: number;
  currentModel: Model;
  targetModel: Model | null;
  lifecycleStatus: Lifecycle;
  accountManagerId: string | null;
  updatedAt: Date;
  latest: { assessmentId: string; recommendation: Model; finalizedAt: Date } | null;
};

export type OrgListPage = { rows: OrgListRow[]; total: number; page: number; pages: number; pageSize: number };

function orderBy(query: OrgListQuery): Prisma.ClientOrganizationOrderByWithRelationInput[] {
  const dir = query.dir;
  const tail: Prisma.ClientOrganizationOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];
  switch (query.sort) {
    case "updated":
      return [{ updatedAt: dir }, { id: "asc" }];
    case "headcount":
      return [{ headcount: dir }, ...tail];
    case "model":
      return [{ currentModel: dir }, ...tail];
    case "status":
      return [{ lifecycleStatus: dir }, ...tail];
    default:
      return [{ name: dir }, { id: "asc" }];
  }
}

/**
 * One page of the tenant's organizations: a count, the page (indexes (tenantId, name),
 * (tenantId, lifecycleStatus, currentModel), (tenantId, accountManagerId)) and the latest final
 * recommendation of the page's organizations in one DISTINCT ON query — three queries, whatever
 * the page size. A page past the end shows the last page.
 */
export async function listOrganizations(tx: Tx, actor: Actor, query: OrgListQuery): Promise<OrgListPage> {
  const tenantId = staffTenant(actor);
  const where: Prisma.ClientOrganizationWhereInput = {
    tenantId,
    ...(query.q ? { name: containsLiteral(query.q) } : {}),
    ...(query.model ? { currentModel: query.model } : {}),
    ...(query.status ? { lifecycleStatus: query.status } : {}),
    ...(query.manager === "none"
      ? { accountManagerId: null }
      : query.manager
        ? { accountManagerId: query.manager }
        : {}),
  };
  const total = await tx.clientOrganization.count({ where });
  const pages = Math.max(1, Math.ceil(total / ORG_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const orgs = await tx.clientOrganization.findMany({
    where,
    orderBy: orderBy(query),
    skip: (page - 1) * ORG_PAGE_SIZE,
    take: ORG_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      industry: true,
      headcount: true,
      sites: true,
      currentModel: true,
      targetModel: true,
      lifecycleStatus: true,
      accountManagerId: true,
      updatedAt: true,
    },
  });
  const latest = new Map<string, OrgListRow["latest"]>();
  if (orgs.length > 0) {
    const ids = orgs.map((o) => o.id);
    const rows = await tx.$queryRaw<{ organizationId: string; id: string; recommendation: Model; finalizedAt: Date }[]>`
      SELECT DISTINCT ON ("organizationId") "organizationId", id, recommendation::text AS recommendation, "finalizedAt"
      FROM "Assessment"
      WHERE "tenantId" = ${tenantId} AND "organizationId" = ANY(${ids}) AND status = 'FINAL'
        AND "finalizedAt" IS NOT NULL AND recommendation IS NOT NULL
      ORDER BY "organizationId", "finalizedAt" DESC, id DESC`;
    for (const r of rows)
      latest.set(r.organizationId, {
        assessmentId: r.id,
        recommendation: r.recommendation,
        finalizedAt: r.finalizedAt,
      });
  }
  return {
    rows: orgs.map((o) => ({ ...o, latest: latest.get(o.id) ?? null })),
    total,
    page,
    pages,
    pageSize: ORG_PAGE_SIZE,
  };
}
