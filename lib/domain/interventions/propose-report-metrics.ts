import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { staffTenant } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";
import { proposalWindow, proposeReportMetrics, type ReportMetricsProposal } from "@/lib/interventions/report-metrics";
import { isoDayOf } from "@/lib/validation/dates";

/**
 * The incident figures a month's report could take from the organization's interventions log
 * (lib/interventions/report-metrics.ts), or null when nothing is logged for that month (up to
 * today). Two indexed queries: the organization, then its month on (tenantId, organizationId,
 * occurredOn).
 */
export async function proposeReportMetricsFromLog(
  tx: Tx,
  actor: Actor,
  input: { organizationId: string; period: string },
  ctx: Pick<DomainContext, "now">,
): Promise<ReportMetricsProposal | null> {
  const tenantId = staffTenant(actor);
  const org = await tx.clientOrganization.findFirst({
    where: { tenantId, id: input.organizationId },
    select: { headcount: true },
  });
  if (!org) throw notFound();
  const window = proposalWindow(input.period, isoDayOf(ctx.now ?? new Date()));
  if (!window) return null;
  const rows = await tx.intervention.findMany({
    where: {
      tenantId,
      organizationId: input.organizationId,
      occurredOn: { gte: new Date(`${window.from}T00:00:00Z`), lte: new Date(`${window.to}T00:00:00Z`) },
    },
    select: { kind: true, category: true, detection: true, peopleAffected: true },
  });
  return rows.length === 0 ? null : proposeReportMetrics(rows, window, org.headcount);
}
