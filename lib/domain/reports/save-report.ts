import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { toStoredContent, type SaveReportInput } from "@/lib/domain/reports/schemas";
import { fieldErrors, notFound, refuse } from "@/lib/errors";
import { figuresDatedAfter } from "@/lib/reports/figure-dates";
import { isoDayOf } from "@/lib/validation/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** Statuses whose content may be edited: a published report is withdrawn first. */
export const EDITABLE_STATUSES = ["DRAFT", "WITHDRAWN"] as const;

/**
 * Saves a draft (or a withdrawn report being corrected) with optimistic
 * locking: the write only happens if the report still has the version the
 * editor loaded. Otherwise CONFLICT — the editor keeps everything typed.
 * A figure dated after today (its "as of", or the day of a restore test) is
 * refused next to its field: a report quotes what has happened.
 */
export async function saveReport(
  tx: Tx,
  actor: Actor,
  input: SaveReportInput,
  ctx: DomainContext,
): Promise<{ id: string; version: number }> {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const content = toStoredContent(input);
  const future = figuresDatedAfter(content.metrics, isoDayOf(now));
  if (future.length > 0)
    throw fieldErrors(Object.fromEntries(future.map((p) => [p.path, "reports.errors.figureInFuture"])));
  const { count } = await tx.steeringReport.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: { in: [...EDITABLE_STATUSES] } },
    data: {
      metrics: content.metrics as Prisma.InputJsonValue,
      narrative: content.narrative as Prisma.InputJsonValue,
      recommendations: content.recommendations as Prisma.InputJsonValue,
      roadmap: content.roadmap as Prisma.InputJsonValue,
      budget: content.budget as Prisma.InputJsonValue,
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    const current = await tx.steeringReport.findFirst({ where: { tenantId, id: input.id }, select: { status: true } });
    if (!current) throw notFound();
    throw refuse(
      "CONFLICT",
      current.status === "PUBLISHED" ? "reports.errors.publishedMeanwhile" : "reports.errors.savedMeanwhile",
    );
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "report.update",
    targetType: "SteeringReport",
    targetId: input.id,
  });
  return { id: input.id, version: input.expectedVersion + 1 };
}
