/**
 * The security-posture vocabulary, declared once: the six NIST CSF 2.0 functions in the
 * framework's order, the maturity scale (ordered from weakest to strongest) and what each
 * answer is worth. Schemas, forms, scores, charts, exports and tests all derive from these.
 */

/** NIST CSF 2.0 functions, in the framework's order (Govern first). */
export const CSF_FUNCTIONS = ["GV", "ID", "PR", "DE", "RS", "RC"] as const;
export type CsfFunction = (typeof CSF_FUNCTIONS)[number];

/** The maturity scale, weakest first. */
export const MATURITY_LEVELS = ["not_in_place", "partial", "in_place", "verified"] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** What an answer may be: a maturity level, or "does not apply to this organization". */
export const ANSWER_LEVELS = [...MATURITY_LEVELS, "not_applicable"] as const;
export type AnswerLevel = (typeof ANSWER_LEVELS)[number];

/** Points of each level (0 to MAX_POINTS); "not applicable" is left out of every score. */
export const LEVEL_POINTS: Record<MaturityLevel, number> = { not_in_place: 0, partial: 1, in_place: 2, verified: 3 };
export const MAX_POINTS = 3;

/** How much a question counts in its function's score: 1 good practice, 2 important, 3 essential. */
export const QUESTION_WEIGHTS = [1, 2, 3] as const;
export type QuestionWeight = (typeof QUESTION_WEIGHTS)[number];

/** A gap is an applicable answer below "in place": what becomes a recommendation. */
export const GAP_LEVELS = ["not_in_place", "partial"] as const satisfies readonly MaturityLevel[];

export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return (MATURITY_LEVELS as readonly unknown[]).includes(value);
}

export function isGap(level: AnswerLevel | null): boolean {
  return level !== null && (GAP_LEVELS as readonly string[]).includes(level);
}

/** Version of the scoring rules (lib/posture/score.ts); stored with every result. */
export const SCORING_VERSION = "1";
