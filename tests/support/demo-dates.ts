import type { OwnerDb } from "@/lib/seed/factories";
import { readMetrics } from "@/lib/reports/read-content";
import { figuresDatedAfter } from "@/lib/reports/figure-dates";
import { currentPeriod } from "@/lib/reports/period";
import { isoDayOf } from "@/lib/validation/dates";

/**
 * Everything in one tenant that is dated after `now`, or a figure dated after its report's
 * publication, in words (an empty list when the data tells no story from the future). Follow-up
 * dates are plans, so they may be ahead; everything else has happened.
 */
export async function datedInTheFuture(db: OwnerDb, tenantId: string, now: Date): Promise<string[]> {
  const today = isoDayOf(now);
  const problems: string[] = [];
  const [reports, changes, calls, assessments, orgs, comments, acks, decisions, proposals] = await Promise.all([
    db.steeringReport.findMany({
      where: { tenantId },
      select: { id: true, period: true, status: true, publishedAt: true, metrics: true },
    }),
    db.serviceModelChange.findMany({ where: { tenantId }, select: { id: true, effectiveDate: true } }),
    db.scopingCall.findMany({ where: { tenantId }, select: { id: true, occurredAt: true } }),
    db.assessment.findMany({ where: { tenantId }, select: { id: true, finalizedAt: true } }),
    db.clientOrganization.findMany({ where: { tenantId }, select: { id: true, name: true, createdAt: true } }),
    db.reportComment.findMany({
      where: { tenantId },
      select: { id: true, createdAt: true, report: { select: { publishedAt: true } } },
    }),
    db.reportAcknowledgement.findMany({
      where: { tenantId },
      select: { id: true, acknowledgedAt: true, report: { select: { publishedAt: true } } },
    }),
    db.clientDecision.findMany({
      where: { tenantId },
      select: { id: true, decidedAt: true, report: { select: { publishedAt: true } } },
    }),
    db.proposal.findMany({
      where: { tenantId },
      select: { id: true, sharedAt: true, decisions: { select: { decidedAt: true } } },
    }),
  ]);
  for (const r of reports) {
    if (r.publishedAt && r.publishedAt > now)
      problems.push(`report ${r.period} published ${r.publishedAt.toISOString()}`);
    if (r.status === "PUBLISHED" && r.period > currentPeriod(now)) problems.push(`report ${r.period} published ahead`);
    const latest = r.publishedAt ? isoDayOf(r.publishedAt) : today;
    for (const p of figuresDatedAfter(readMetrics(r.metrics), latest < today ? latest : today))
      problems.push(`report ${r.period} (${r.status}): ${p.path} after ${latest}`);
    const restore = readMetrics(r.metrics).lastRestoreTest;
    if (restore?.value && restore.asOf && restore.value > restore.asOf)
      problems.push(`report ${r.period}: restore test after its as-of date`);
  }
  for (const c of changes)
    if (isoDayOf(c.effectiveDate) > today) problems.push(`move ${c.id} on ${isoDayOf(c.effectiveDate)}`);
  for (const c of calls) if (c.occurredAt > now) problems.push(`call ${c.id} at ${c.occurredAt.toISOString()}`);
  for (const a of assessments)
    if (a.finalizedAt && a.finalizedAt > now)
      problems.push(`assessment ${a.id} finalized ${a.finalizedAt.toISOString()}`);
  for (const o of orgs)
    if (o.createdAt > now) problems.push(`organization ${o.name} created ${o.createdAt.toISOString()}`);
  for (const c of comments) {
    if (c.createdAt > now) problems.push(`comment ${c.id} at ${c.createdAt.toISOString()}`);
    if (!c.report.publishedAt || c.createdAt < c.report.publishedAt)
      problems.push(`comment ${c.id} before publication`);
  }
  for (const a of acks) {
    if (a.acknowledgedAt > now) problems.push(`acknowledgement ${a.id} at ${a.acknowledgedAt.toISOString()}`);
    if (!a.report.publishedAt || a.acknowledgedAt < a.report.publishedAt)
      problems.push(`acknowledgement ${a.id} before publication`);
  }
  for (const d of decisions) {
    if (d.decidedAt > now) problems.push(`decision ${d.id} at ${d.decidedAt.toISOString()}`);
    if (!d.report.publishedAt || d.decidedAt < d.report.publishedAt)
      problems.push(`decision ${d.id} before publication`);
  }
  for (const p of proposals) {
    if (p.sharedAt > now) problems.push(`proposal ${p.id} shared ${p.sharedAt.toISOString()}`);
    for (const d of p.decisions)
      if (d.decidedAt > now || d.decidedAt < p.sharedAt)
        problems.push(`proposal ${p.id} decided ${d.decidedAt.toISOString()}`);
  }
  return problems;
}
