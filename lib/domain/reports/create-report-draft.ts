import type { Actor } from "@/lib/access/actor";
import { validationError } from "@/lib/access/failure";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { createReport } from "@/lib/domain/reports/create-report";
import { saveReport } from "@/lib/domain/reports/save-report";
import { saveReportSchema } from "@/lib/domain/reports/schemas";
import { AppError, notFound } from "@/lib/errors";
import { readContent } from "@/lib/reports/read-content";

/**
 * Starts an organization's report for a month (createReport: the structure carried over from
 * its latest earlier report) and fills in the metrics given, through the editor's own schema
 * and save (provenance required for every figure, nothing dated in the future). One month has
 * one report: when it exists already, DUPLICATE and nothing is written.
 */
export async function createReportDraft(
  tx: Tx,
  actor: Actor,
  input: { organizationId: string; period: string; metrics: Record<string, unknown> },
  ctx: DomainContext,
) {
  const created = await createReport(
    tx,
    actor,
    { organizationId: input.organizationId, period: input.period, idempotencyKey: ctx.requestId },
    ctx,
  );
  if (!created.created) throw new AppError("DUPLICATE", { key: "reports.errors.periodTaken" });
  const row = await tx.steeringReport.findFirst({
    where: { tenantId: actor.tenantId ?? "", id: created.id },
    select: {
      version: true,
      period: true,
      metrics: true,
      narrative: true,
      recommendations: true,
      roadmap: true,
      budget: true,
    },
  });
  if (!row) throw notFound();
  const content = readContent(row).content;
  const parsed = saveReportSchema.safeParse(
    { ...content, metrics: { ...content.metrics, ...input.metrics }, id: created.id, expectedVersion: row.version },
    { reportInput: true },
  );
  if (!parsed.success) throw validationError(parsed.error);
  await saveReport(tx, actor, parsed.data, ctx);
  return { id: created.id };
}
