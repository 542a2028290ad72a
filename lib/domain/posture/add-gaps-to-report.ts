import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staffTenant } from "@/lib/domain/scope";
import { readAnswers } from "@/lib/domain/posture/read-answers";
import type { PostureToReportInput } from "@/lib/domain/posture/schemas";
import { createReport } from "@/lib/domain/reports/create-report";
import { EDITABLE_STATUSES } from "@/lib/domain/reports/save-report";
import { AppError, fieldErrors, notFound, refuse } from "@/lib/errors";
import { catalogFor, type CatalogLocale } from "@/lib/posture/catalog";
import { gapRecommendation, gapRoadmapItem } from "@/lib/posture/report-items";
import { rankItems } from "@/lib/posture/score";
import { withItemIds } from "@/lib/reports/item-id";
import { readContent } from "@/lib/reports/read-content";
import { latestAllowedPeriod } from "@/lib/reports/period";

const LIMITS = { recommendations: 30, roadmap: 50 } as const;

/**
 * Turns chosen gaps of a finalized posture assessment into recommendations or roadmap items of
 * the organization's next steering report — next month's, created (from the previous month's
 * structure) when it does not exist yet. Items already in the report (same title) are skipped,
 * so repeating the action adds nothing. A published report is left alone (withdraw it first).
 * The texts come from the catalog in the organization's report language, else `ctx.reportLocale`
 * (the author's): the language the report is written in (authored content, like the rest of the
 * report: it is not re-translated for each reader).
 */
export async function addPostureGapsToReport(
  tx: Tx,
  actor: Actor,
  input: PostureToReportInput,
  ctx: DomainContext & { reportLocale: CatalogLocale },
): Promise<{ reportId: string; period: string; created: boolean; added: number; skipped: number }> {
  const tenantId = staffTenant(actor);
  const now = ctx.now ?? new Date();
  const assessment = await tx.postureAssessment.findFirst({
    where: { tenantId, id: input.id },
    select: {
      id: true,
      status: true,
      finalizedAt: true,
      catalogVersion: true,
      organization: { select: { id: true, lifecycleStatus: true, reportLocale: true } },
    },
  });
  if (!assessment) throw notFound();
  if (assessment.status !== "FINAL" || !assessment.finalizedAt) throw refuse("CONFLICT", "posture.errors.notFinal");
  if (assessment.organization.lifecycleStatus === "PROSPECT")
    throw new AppError("VALIDATION", {
      key: "posture.errors.prospectReport",
      fieldErrors: { questionIds: { key: "posture.errors.prospectReport" } },
    });
  const catalog = catalogFor(assessment.catalogVersion);
  if (!catalog) throw refuse("CONFLICT", "posture.errors.unknownCatalog");

  const answers = (await readAnswers(tx, tenantId, [assessment.id])).get(assessment.id) ?? [];
  const asOf = new Map(answers.map((a) => [a.questionId, a.asOf]));
  const ranked = new Map(rankItems(catalog, answers).map((i) => [i.question.id, i]));
  const chosen = input.questionIds.map((id) => ranked.get(id));
  if (chosen.some((i) => !i?.gap)) throw fieldErrors({ questionIds: "posture.errors.notAGap" });
  // Most severe first, whatever order the boxes were ticked in.
  const gaps = chosen
    .map((item) => ({ item: item!, asOf: asOf.get(item!.question.id) ?? null }))
    .sort((a, b) => b.item.severity - a.item.severity);

  const period = latestAllowedPeriod(now);
  const organizationId = assessment.organization.id;
  const { id: reportId, created } = await createReport(
    tx,
    actor,
    { organizationId, period, idempotencyKey: randomUUID() },
    { requestId: ctx.requestId, now },
  );
  const report = await tx.steeringReport.findFirst({
    where: { tenantId, id: reportId },
    select: {
      status: true,
      version: true,
      metrics: true,
      narrative: true,
      recommendations: true,
      roadmap: true,
      budget: true,
    },
  });
  if (!report) throw notFound();
  if (!(EDITABLE_STATUSES as readonly string[]).includes(report.status))
    throw refuse("CONFLICT", "posture.errors.reportPublished", { period });

  const { content } = readContent(report);
  const locale = assessment.organization.reportLocale ?? ctx.reportLocale;
  const existing = new Set(content[input.target].map((i) => i.title.trim().toLowerCase()));
  const fresh =
    input.target === "recommendations"
      ? gaps.map((g) => gapRecommendation(catalog, g, { locale, finalizedAt: assessment.finalizedAt! }))
      : gaps.map((g) => gapRoadmapItem(g, { locale, period }));
  const toAdd = fresh.filter((item) => !existing.has(item.title.trim().toLowerCase()));
  // Every item gets its stable id (lib/reports/item-id.ts): the new ones here, an older one without.
  const list = withItemIds([...content[input.target], ...toAdd]);
  if (list.length > LIMITS[input.target])
    throw new AppError("VALIDATION", {
      key: "posture.errors.reportFull",
      params: { max: LIMITS[input.target] },
      fieldErrors: { questionIds: { key: "posture.errors.reportFull", params: { max: LIMITS[input.target] } } },
    });
  if (toAdd.length) {
    const { count } = await tx.steeringReport.updateMany({
      where: { tenantId, id: reportId, version: report.version, status: { in: [...EDITABLE_STATUSES] } },
      data: { [input.target]: list as Prisma.InputJsonValue, version: { increment: 1 } },
    });
    if (count === 0) throw refuse("CONFLICT", "errors.RETRY");
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "posture.toReport",
    targetType: "SteeringReport",
    targetId: reportId,
    metadata: {
      postureAssessmentId: assessment.id,
      period,
      target: input.target,
      questionIds: gaps.map((g) => g.item.question.id),
      added: toAdd.length,
      reportCreated: created,
    },
  });
  return { reportId, period, created, added: toAdd.length, skipped: gaps.length - toAdd.length };
}
