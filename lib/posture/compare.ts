import type { PostureCatalog } from "@/lib/posture/catalog";
import type { PostureResult, ScoredAnswer } from "@/lib/posture/score";
import { CSF_FUNCTIONS, LEVEL_POINTS, type AnswerLevel, type CsfFunction } from "@/lib/posture/vocabulary";

export type ScoreChange = { before: number | null; after: number | null; delta: number | null };

export type ItemChange = {
  questionId: string;
  before: AnswerLevel | null;
  after: AnswerLevel | null;
  /**
   * better / worse: both applicable and the level moved; same: identical answers;
   * changed: one side "does not apply"; new: not asked (or not answered) before; removed: not in the later catalog.
   */
  change: "better" | "worse" | "same" | "changed" | "new" | "removed";
};

export type PostureComparison = {
  overall: ScoreChange;
  functions: Record<CsfFunction, ScoreChange>;
  items: ItemChange[];
};

const delta = (before: number | null, after: number | null): ScoreChange => ({
  before,
  after,
  delta: before === null || after === null ? null : after - before,
});

/**
 * Before/after between an earlier posture assessment and a later one of the same organization:
 * the stored scores per function and overall, and each question's level (matched by question id,
 * in the later catalog's order; questions only in the earlier catalog come last as "removed").
 */
export function comparePosture(
  later: { result: PostureResult; answers: readonly ScoredAnswer[]; catalog: PostureCatalog },
  earlier: { result: PostureResult; answers: readonly ScoredAnswer[]; catalog: PostureCatalog },
): PostureComparison {
  const functions = {} as Record<CsfFunction, ScoreChange>;
  for (const fn of CSF_FUNCTIONS)
    functions[fn] = delta(earlier.result.functions[fn]?.score ?? null, later.result.functions[fn]?.score ?? null);
  const before = new Map(earlier.answers.map((a) => [a.questionId, a.level]));
  const after = new Map(later.answers.map((a) => [a.questionId, a.level]));
  const earlierIds = new Set(earlier.catalog.questions.map((q) => q.id));
  const items: ItemChange[] = later.catalog.questions.map((q) =>
    itemChange(q.id, earlierIds.has(q.id) ? (before.get(q.id) ?? null) : null, after.get(q.id) ?? null),
  );
  const laterIds = new Set(later.catalog.questions.map((q) => q.id));
  for (const q of earlier.catalog.questions)
    if (!laterIds.has(q.id))
      items.push({ questionId: q.id, before: before.get(q.id) ?? null, after: null, change: "removed" });
  return { overall: delta(earlier.result.overall, later.result.overall), functions, items };
}

function itemChange(questionId: string, before: AnswerLevel | null, after: AnswerLevel | null): ItemChange {
  if (before === null) return { questionId, before, after, change: "new" };
  if (before === after) return { questionId, before, after, change: "same" };
  if (after === null || before === "not_applicable" || after === "not_applicable")
    return { questionId, before, after, change: "changed" };
  return { questionId, before, after, change: LEVEL_POINTS[after] > LEVEL_POINTS[before] ? "better" : "worse" };
}
