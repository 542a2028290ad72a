import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { containsLiteral } from "@/lib/db/like";
import { TENANTS_PAGE_SIZE, type ListTenantsQuery } from "@/lib/domain/tenants/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePlatformAdmin } from "@/lib/domain/scope";

/** The platform admin's tenant list: search by name or slug, filter by status, 25 a page, by name. */
export async function listTenants(tx: Tx, actor: Actor, query: ListTenantsQuery) {
  requirePlatformAdmin(actor);
  const where: Prisma.TenantWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.q
      ? {
          OR: [
            { name: containsLiteral(query.q) },
            { slug: containsLiteral(query.q.toLowerCase(), { caseSensitive: true }) },
          ],
        }
      : {}),
  };
  const total = await tx.tenant.count({ where });
  const pages = Math.max(1, Math.ceil(total / TENANTS_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pages);
  const rows = await tx.tenant.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * TENANTS_PAGE_SIZE,
    take: TENANTS_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      suspendedReason: true,
      createdAt: true,
      _count: { select: { memberships: { where: { removedAt: null } }, organizations: true } },
    },
  });
  return {
    total,
    page,
    pages,
    tenants: rows.map(({ _count, ...t }) => ({
      ...t,
      members: _count.memberships,
      organizations: _count.organizations,
    })),
  };
}
