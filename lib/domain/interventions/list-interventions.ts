import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { InterventionFilters } from "@/lib/domain/interventions/schemas";
import { staffOrganizationTenant } from "@/lib/domain/scope";
import { interventionsWhere, NEWEST_FIRST, olderThan } from "@/lib/domain/interventions/where";
import type { AmountSource, Detection, InterventionKind } from "@/lib/vocabulary";

export const INTERVENTION_PAGE = 25;

/** The columns of a log row (the API adds its own: lib/domain/interventions/list-interventions-after.ts). */
export const interventionRowSelect = {
  id: true,
  occurredOn: true,
  kind: true,
  hours: true,
  amount: true,
  amountSource: true,
  hourlyRate: true,
  category: true,
  detection: true,
  peopleAffected: true,
  recurringCause: true,
  sourceSystem: true,
  externalId: true,
  note: true,
} as const;

export type InterventionRow = {
  id: string;
  occurredOn: Date;
  kind: InterventionKind;
  hours: number;
  amount: number;
  amountSource: AmountSource;
  hourlyRate: number | null;
  category: string;
  detection: Detection;
  peopleAffected: number;
  recurringCause: boolean;
  sourceSystem: string | null;
  externalId: string | null;
  note: string | null;
};

/**
 * An organization's interventions log, newest first, 25 at a time (`before` = the last id of
 * the previous page), filtered by date range, category, detection and the recurring flag;
 * with the totals of everything the filters match and the categories in use (for the filter
 * and the form's suggestions). Five indexed queries whatever the page holds.
 */
export async function listInterventions(tx: Tx, actor: Actor, organizationId: string, filters: InterventionFilters) {
  const tenantId = await staffOrganizationTenant(tx, actor, organizationId);
  const where = interventionsWhere(tenantId, organizationId, {
    from: filters.from,
    to: filters.to,
    category: filters.category,
    detection: filters.detection,
    recurringCause: filters.recurring ? true : undefined,
  });
  const cursor = filters.before
    ? await tx.intervention.findFirst({
        where: { tenantId, organizationId, id: filters.before },
        select: { id: true, occurredOn: true },
      })
    : null;
  const [rows, totals, categories, tenant] = await Promise.all([
    tx.intervention.findMany({
      where: olderThan(where, cursor),
      orderBy: NEWEST_FIRST,
      take: INTERVENTION_PAGE + 1,
      select: interventionRowSelect,
    }),
    tx.intervention.aggregate({ where, _count: { _all: true }, _sum: { hours: true, amount: true } }),
    tx.intervention.groupBy({
      by: ["category"],
      where: { tenantId, organizationId },
      orderBy: { category: "asc" },
      take: 100,
    }),
    tx.tenant.findFirstOrThrow({ where: { id: tenantId }, select: { currency: true, hourlyRate: true } }),
  ]);
  const page: InterventionRow[] = rows.slice(0, INTERVENTION_PAGE);
  return {
    rows: page,
    nextBefore: rows.length > INTERVENTION_PAGE ? page.at(-1)!.id : null,
    totals: {
      count: totals._count._all,
      hours: Math.round((totals._sum.hours ?? 0) * 100) / 100,
      amount: Math.round((totals._sum.amount ?? 0) * 100) / 100,
    },
    categories: categories.map((c) => c.category),
    /** For amounts (currency) and the form's "hours × rate" hint. */
    tenant,
  };
}
