import type { Prisma } from "@/lib/generated/prisma/client";
import type { Detection } from "@/lib/vocabulary";

/** What an interventions list may be filtered by (the log page and the API read the same filters). */
export type InterventionFilter = {
  from?: Date | null;
  to?: Date | null;
  category?: string | null;
  detection?: Detection | null;
  recurringCause?: boolean;
  sourceSystem?: string | null;
};

/** One organization's interventions matching the filter; over the index (tenantId, organizationId, occurredOn). */
export function interventionsWhere(
  tenantId: string,
  organizationId: string,
  f: InterventionFilter,
): Prisma.InterventionWhereInput {
  return {
    tenantId,
    organizationId,
    ...(f.from || f.to ? { occurredOn: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.detection ? { detection: f.detection } : {}),
    ...(f.recurringCause !== undefined ? { recurringCause: f.recurringCause } : {}),
    ...(f.sourceSystem ? { sourceSystem: f.sourceSystem } : {}),
  };
}

/** The rows after `cursor` in the lists' order, newest first: keyset on (occurredOn, id) descending. */
export function olderThan(
  where: Prisma.InterventionWhereInput,
  cursor: { occurredOn: Date; id: string } | null,
): Prisma.InterventionWhereInput {
  if (!cursor) return where;
  return {
    AND: [
      where,
      { OR: [{ occurredOn: { lt: cursor.occurredOn } }, { occurredOn: cursor.occurredOn, id: { lt: cursor.id } }] },
    ],
  };
}

/** The order every interventions list uses, matching `olderThan`. */
export const NEWEST_FIRST = [
  { occurredOn: "desc" },
  { id: "desc" },
] satisfies Prisma.InterventionOrderByWithRelationInput[];
