import { toCsv } from "@/lib/domain/export/csv";
import type { CatalogLocale, PostureCatalog } from "@/lib/posture/catalog";
import { LEVEL_POINTS, type AnswerLevel } from "@/lib/posture/vocabulary";

/** Columns of the posture CSV, in order (the header row is the caller's translation of each). */
export const POSTURE_CSV_COLUMNS = [
  "function",
  "questionId",
  "question",
  "level",
  "points",
  "weight",
  "evidence",
  "asOf",
  "csf",
  "anssi",
] as const;
export type PostureCsvColumn = (typeof POSTURE_CSV_COLUMNS)[number];

/**
 * One row per catalog question, in catalog order: the answer's level (code), its points (empty
 * for "does not apply"), weight, evidence, as-of date and references. The header row holds the
 * caller's column titles; the level stays a code so the file reads the same in every language.
 */
export function postureCsv(input: {
  catalog: PostureCatalog;
  answers: readonly { questionId: string; level: AnswerLevel | null; evidence: string | null; asOf: Date | null }[];
  locale: CatalogLocale;
  headers: Record<PostureCsvColumn, string>;
}): string {
  const byId = new Map(input.answers.map((a) => [a.questionId, a]));
  const rows = input.catalog.questions.map((q) => {
    const a = byId.get(q.id);
    const level = a?.level ?? null;
    return {
      function: q.function,
      questionId: q.id,
      question: q[input.locale].question,
      level: level ?? "",
      points: level && level !== "not_applicable" ? LEVEL_POINTS[level] : "",
      weight: q.weight,
      evidence: a?.evidence ?? "",
      asOf: a?.asOf ? a.asOf.toISOString().slice(0, 10) : "",
      csf: q.csf.join(" "),
      anssi: q.anssi.join(" "),
    };
  });
  const columns = POSTURE_CSV_COLUMNS.map((c) => input.headers[c]);
  return toCsv(
    columns,
    rows.map((r) => Object.fromEntries(POSTURE_CSV_COLUMNS.map((c) => [input.headers[c], r[c]]))),
  );
}
