import type { CsfFunction } from "@/lib/posture/vocabulary";

/** A catalog question as the questionnaire shows it, in the reader's language. */
export type FormQuestion = {
  id: string;
  function: CsfFunction;
  weight: 1 | 2 | 3;
  csf: string[];
  anssi: number[];
  question: string;
  help: string;
};

/** One answer as the form holds it (strings; "" = not answered). */
export type FormAnswer = { level: string; evidence: string; asOf: string };
