import type { CatalogLocale, PostureCatalog, PostureQuestion } from "@/lib/posture/catalog";
import { addMonths } from "@/lib/reports/period";
import type { ReportRecommendation, RoadmapItem } from "@/lib/reports/content";
import type { RankedItem } from "@/lib/posture/score";
import type { AnswerLevel } from "@/lib/posture/vocabulary";

/**
 * A gap of a finalized posture assessment as a steering-report item, written in the report's
 * language from the catalog's own texts (the catalog is bilingual data, not UI text): the
 * question's action as the title; for a recommendation, a detail that says where it comes from
 * (posture date, level, as-of date, NIST CSF and ANSSI references) and a priority from its severity.
 */
export type GapSource = { item: RankedItem; asOf: Date | null };

/** Severity (weight × missing points, 0–9) → report priority. */
export function priorityOf(severity: number): ReportRecommendation["priority"] {
  return severity >= 6 ? "high" : severity >= 3 ? "medium" : "low";
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

export function gapRecommendation(
  catalog: PostureCatalog,
  gap: GapSource,
  ctx: { locale: CatalogLocale; finalizedAt: Date },
): ReportRecommendation {
  const q: PostureQuestion = gap.item.question;
  const texts = catalog.reportTexts[ctx.locale];
  const template = q.anssi.length ? texts.detail : texts.detailNoAnssi;
  const values: Record<string, string> = {
    date: day(ctx.finalizedAt),
    level: texts.levels[gap.item.level as AnswerLevel],
    asOf: day(gap.asOf),
    csf: q.csf.join(", "),
    anssi: q.anssi.join(", "),
  };
  return {
    title: q[ctx.locale].action,
    detail: template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ""),
    priority: priorityOf(gap.item.severity),
  };
}

/** Quarter "YYYY-Qn" of a report period "YYYY-MM". */
export function quarterOf(period: string): string {
  const month = Number(period.slice(5, 7));
  return `${period.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** High-priority gaps are planned in the report's quarter, the others in the next one. */
export function gapRoadmapItem(gap: GapSource, ctx: { locale: CatalogLocale; period: string }): RoadmapItem {
  const urgent = priorityOf(gap.item.severity) === "high";
  return {
    title: gap.item.question[ctx.locale].action,
    status: "planned",
    targetQuarter: quarterOf(urgent ? ctx.period : addMonths(ctx.period, 3)),
  };
}
