import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { staffTenant } from "@/lib/domain/scope";
import { historyWindowStart, monthsCovered, utcDay, type LogHistory } from "@/lib/interventions/history";

/**
 * An organization's incident history from its interventions log (lib/interventions/history.ts):
 * tickets and hours of the last 12 months up to today, or null when the log holds nothing in
 * that window. Two indexed queries on (tenantId, organizationId, occurredOn).
 */
export async function interventionHistory(
  tx: Tx,
  actor: Actor,
  organizationId: string,
  ctx: Pick<DomainContext, "now">,
): Promise<LogHistory | null> {
  const tenantId = staffTenant(actor);
  const today = utcDay(ctx.now ?? new Date());
  const windowStart = historyWindowStart(today);
  const where = { tenantId, organizationId, occurredOn: { gte: windowStart, lte: today } };
  const [byKind, first] = await Promise.all([
    tx.intervention.groupBy({ by: ["kind"], where, _count: { _all: true }, _sum: { hours: true } }),
    tx.intervention.findFirst({
      where: { tenantId, organizationId, occurredOn: { lte: today } },
      orderBy: { occurredOn: "asc" },
      select: { occurredOn: true },
    }),
  ]);
  const count = byKind.reduce((n, g) => n + g._count._all, 0);
  if (count === 0 || !first) return null;
  const tickets = byKind.find((g) => g.kind === "TICKET")?._count._all;
  const hours = byKind.reduce((h, g) => h + (g._sum.hours ?? 0), 0);
  const from = first.occurredOn > windowStart ? first.occurredOn : windowStart;
  return {
    ...(tickets !== undefined ? { incidents: tickets } : {}),
    hours: Math.round(hours * 100) / 100,
    months: monthsCovered(from, today),
    from,
    to: today,
    count,
  };
}
