import type { FormAnswer, FormQuestion } from "@/components/posture/form-types";
import { questionText, type PostureCatalog } from "@/lib/posture/catalog";
import type { AnswerLevel } from "@/lib/posture/vocabulary";

/** The catalog's questions in the reader's language, as the questionnaire takes them. */
export function formQuestions(catalog: PostureCatalog, locale: string): FormQuestion[] {
  return catalog.questions.map((q) => ({
    id: q.id,
    function: q.function,
    weight: q.weight,
    csf: q.csf,
    anssi: q.anssi,
    question: questionText(q, locale).question,
    help: questionText(q, locale).help,
  }));
}

/**
 * Initial values of the questionnaire: stored answers where there are some, otherwise (with
 * `defaultAsOf`) an empty level and that as-of date, so a new assessment only needs levels.
 */
export function formAnswers(
  catalog: PostureCatalog,
  answers: readonly { questionId: string; level: AnswerLevel | null; evidence: string | null; asOf: Date | null }[],
  defaultAsOf: string | null,
): Record<string, FormAnswer> {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return Object.fromEntries(
    catalog.questions.map((q) => {
      const a = byId.get(q.id);
      return [
        q.id,
        {
          level: a?.level ?? "",
          evidence: a?.evidence ?? "",
          asOf: a?.asOf ? a.asOf.toISOString().slice(0, 10) : a ? "" : (defaultAsOf ?? ""),
        },
      ];
    }),
  );
}
