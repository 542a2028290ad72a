import type { PostureCatalog, PostureQuestion } from "@/lib/posture/catalog";
import {
  CSF_FUNCTIONS,
  LEVEL_POINTS,
  MAX_POINTS,
  SCORING_VERSION,
  isGap,
  type AnswerLevel,
  type CsfFunction,
} from "@/lib/posture/vocabulary";

/** One answer as scoring needs it. */
export type ScoredAnswer = { questionId: string; level: AnswerLevel | null };

export type FunctionScore = {
  /** 0–100, or null when no applicable answer exists for the function. */
  score: number | null;
  /** Questions of the function in the catalog. */
  questions: number;
  /** Questions answered with a maturity level (applicable). */
  applicable: number;
  /** Questions answered "does not apply". */
  notApplicable: number;
};

/** What is stored with a finalized posture assessment (PostureAssessment.result). */
export type PostureResult = {
  catalogVersion: string;
  scoringVersion: string;
  functions: Record<CsfFunction, FunctionScore>;
  /** Mean of the function scores that exist, 0–100; null when none exists. */
  overall: number | null;
};

/** One question with its answer, ranked for "weakest first" and "top gaps". */
export type RankedItem = {
  question: PostureQuestion;
  level: AnswerLevel | null;
  points: number | null;
  /** weight × (max points − points): how much the item holds the score down; 0 when not applicable or unanswered. */
  severity: number;
  gap: boolean;
};

/**
 * The score of a posture assessment (docs/posture.md):
 * - each applicable answer earns LEVEL_POINTS (not in place 0, partially 1, in place 2, verified 3);
 * - a function's score is 100 × Σ(weight × points) / Σ(weight × 3) over its applicable answers,
 *   rounded to a whole number; "does not apply" and unanswered questions are left out;
 * - the overall score is the rounded mean of the function scores, so each of the six CSF
 *   functions counts the same whatever its number of questions.
 */
export function scorePosture(catalog: PostureCatalog, answers: readonly ScoredAnswer[]): PostureResult {
  const byId = new Map(answers.map((a) => [a.questionId, a.level]));
  const functions = {} as Record<CsfFunction, FunctionScore>;
  for (const fn of CSF_FUNCTIONS) {
    let earned = 0;
    let possible = 0;
    let applicable = 0;
    let notApplicable = 0;
    const questions = catalog.questions.filter((q) => q.function === fn);
    for (const q of questions) {
      const level = byId.get(q.id) ?? null;
      if (level === null) continue;
      if (level === "not_applicable") {
        notApplicable++;
        continue;
      }
      applicable++;
      earned += q.weight * LEVEL_POINTS[level];
      possible += q.weight * MAX_POINTS;
    }
    functions[fn] = {
      score: possible > 0 ? Math.round((100 * earned) / possible) : null,
      questions: questions.length,
      applicable,
      notApplicable,
    };
  }
  const present = CSF_FUNCTIONS.map((fn) => functions[fn].score).filter((s): s is number => s !== null);
  return {
    catalogVersion: catalog.version,
    scoringVersion: SCORING_VERSION,
    functions,
    overall: present.length ? Math.round(present.reduce((a, b) => a + b, 0) / present.length) : null,
  };
}

/**
 * Every question with its answer, weakest first: highest severity (weight × missing points)
 * first, then the lower level, then catalog order. Unanswered and "does not apply" come last.
 */
export function rankItems(catalog: PostureCatalog, answers: readonly ScoredAnswer[]): RankedItem[] {
  const byId = new Map(answers.map((a) => [a.questionId, a.level]));
  const order = new Map(catalog.questions.map((q, i) => [q.id, i]));
  const items = catalog.questions.map((question): RankedItem => {
    const level = byId.get(question.id) ?? null;
    const points = level === null || level === "not_applicable" ? null : LEVEL_POINTS[level];
    return {
      question,
      level,
      points,
      severity: points === null ? 0 : question.weight * (MAX_POINTS - points),
      gap: isGap(level),
    };
  });
  return items.sort(
    (a, b) =>
      Number(a.points === null) - Number(b.points === null) ||
      b.severity - a.severity ||
      (a.points ?? 0) - (b.points ?? 0) ||
      order.get(a.question.id)! - order.get(b.question.id)!,
  );
}

/** The gaps (not in place, partially in place), most severe first. */
export function topGaps(catalog: PostureCatalog, answers: readonly ScoredAnswer[]): RankedItem[] {
  return rankItems(catalog, answers).filter((i) => i.gap);
}
