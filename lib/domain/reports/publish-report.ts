import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { emitEvent } from "@/lib/events/emit-event";
import type { Tx } from "@/lib/db/context";
import type { PublishReportInput } from "@/lib/domain/reports/schemas";
import { notFound, refuse } from "@/lib/errors";
import { figuresDatedAfter } from "@/lib/reports/figure-dates";
import { readMetrics } from "@/lib/reports/read-content";
import { isoDayOf } from "@/lib/validation/dates";
import { staffTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPostureTrend } from "@/lib/domain/posture/get-posture-trend";

/**
 * Publishes a draft (or republishes a withdrawn report) to the client.
 * Idempotent: the write is conditional on (status, version), so of two
 * identical requests — a double click, a retry, two tabs — exactly one
 * changes the row and writes the "report.publish" audit event; the other
 * finds the report already published and answers success without a second
 * event. A report that was edited since the publisher loaded it is a CONFLICT
 * (they would publish something they have not seen).
 *
 * Republishing after a withdrawal clears the earlier acknowledgements: they
 * were given for content that has since been corrected.
 *
 * A figure dated after the publication day is refused (the editor refuses a
 * date after today, but a draft saved today in one time zone is published
 * from another): the client never reads a figure "as of" tomorrow.
 *
 * The security-posture trend known at publication is stored with the report, so the
 * client keeps reading what was published whatever is assessed later.
 */
export async function publishReport(
  tx: Tx,
  actor: Actor,
  input: PublishReportInput,
  ctx: DomainContext,
): Promise<{ id: string; version: number; alreadyPublished: boolean }> {
  const now = ctx.now ?? new Date();
  const tenantId = staffTenant(actor);
  const before = await tx.steeringReport.findFirst({
    where: { tenantId, id: input.id },
    select: { status: true, version: true, organizationId: true, period: true, metrics: true },
  });
  if (!before) throw notFound();
  if (before.status !== "PUBLISHED") {
    const future = figuresDatedAfter(readMetrics(before.metrics), isoDayOf(now));
    if (future.length > 0) throw refuse("VALIDATION", "reports.errors.figureAfterPublication");
  }
  const posture = await getPostureTrend(tx, { tenantId, organizationId: before.organizationId }, now);
  const { count } = await tx.steeringReport.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, status: { in: ["DRAFT", "WITHDRAWN"] } },
    data: {
      status: "PUBLISHED",
      publishedAt: now,
      publishedById: actor.userId,
      withdrawnAt: null,
      withdrawnReason: null,
      posture: posture.points.length ? (posture as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    const current = await tx.steeringReport.findFirst({
      where: { tenantId, id: input.id },
      select: { status: true, version: true },
    });
    if (!current) throw notFound();
    if (current.status === "PUBLISHED") return { id: input.id, version: current.version, alreadyPublished: true };
    throw refuse("CONFLICT", "reports.errors.changedBeforePublish");
  }
  let clearedAcknowledgements = 0;
  if (before.status === "WITHDRAWN") {
    clearedAcknowledgements = (await tx.reportAcknowledgement.deleteMany({ where: { tenantId, reportId: input.id } }))
      .count;
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "report.publish",
    targetType: "SteeringReport",
    targetId: input.id,
    metadata: {
      organizationId: before.organizationId,
      period: before.period,
      republished: before.status === "WITHDRAWN",
      clearedAcknowledgements,
    },
  });
  await emitEvent(tx, {
    tenantId,
    type: "report.published",
    data: {
      reportId: input.id,
      organizationId: before.organizationId,
      period: before.period,
      republished: before.status === "WITHDRAWN",
    },
    actorUserId: actor.userId,
    occurredAt: now,
  });
  return { id: input.id, version: input.expectedVersion + 1, alreadyPublished: false };
}
