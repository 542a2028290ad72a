import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { CreateReportInput } from "@/lib/domain/reports/schemas";
import { fieldErrors, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { latestAllowedPeriod } from "@/lib/reports/period";
import { readContent } from "@/lib/reports/read-content";
import { carryOverStructure } from "@/lib/reports/structure";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Starts the report of one organization for one month, from the structure of
 * its latest earlier report (lib/reports/structure.ts). Idempotent on the
 * natural key (tenantId, organizationId, period): when that month's report
 * exists already — a double click, a colleague who started it, a concurrent
 * twin — the existing report is returned (`created: false`) and nothing is written.
 */
export async function createReport(
  tx: Tx,
  actor: Actor,
  input: CreateReportInput,
  ctx: DomainContext,
): Promise<{ id: string; created: boolean }> {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const org = await tx.clientOrganization.findFirst({
    where: { tenantId, id: input.organizationId },
    select: { id: true, lifecycleStatus: true },
  });
  if (!org) throw notFound();
  const problems: Parameters<typeof fieldErrors>[0] = {};
  if (org.lifecycleStatus === "PROSPECT") problems.organizationId = "reports.errors.prospect";
  if (input.period > latestAllowedPeriod(now)) problems.period = "reports.errors.periodTooFar";
  if (Object.keys(problems).length) throw fieldErrors(problems);

  const key = { tenantId, organizationId: org.id, period: input.period };
  const existing = await tx.steeringReport.findFirst({ where: key, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const previous = await tx.steeringReport.findFirst({
    where: { tenantId, organizationId: org.id, period: { lt: input.period } },
    orderBy: { period: "desc" },
    select: {
      id: true,
      period: true,
      metrics: true,
      narrative: true,
      recommendations: true,
      roadmap: true,
      budget: true,
    },
  });
  const content = carryOverStructure(previous ? readContent(previous).content : null);
  // ON CONFLICT DO NOTHING: a concurrent twin that inserted first wins, this one reads its row.
  const { count } = await tx.steeringReport.createMany({
    data: [
      {
        ...key,
        authorId: actor.userId,
        metrics: content.metrics as Prisma.InputJsonValue,
        narrative: content.narrative as Prisma.InputJsonValue,
        recommendations: content.recommendations as Prisma.InputJsonValue,
        roadmap: content.roadmap as Prisma.InputJsonValue,
        budget: content.budget as Prisma.InputJsonValue,
      },
    ],
    skipDuplicates: true,
  });
  const row = await tx.steeringReport.findFirst({ where: key, select: { id: true } });
  if (!row) throw notFound();
  if (count === 1) {
    await audit(tx, auditWho(actor, ctx.requestId), {
      action: "report.create",
      targetType: "SteeringReport",
      targetId: row.id,
      metadata: { organizationId: org.id, period: input.period, copiedFrom: previous?.period ?? null },
    });
  }
  return { id: row.id, created: count === 1 };
}
