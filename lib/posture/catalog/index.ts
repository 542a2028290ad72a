import { z } from "zod";
import {
  ANSWER_LEVELS,
  CSF_FUNCTIONS,
  MATURITY_LEVELS,
  QUESTION_WEIGHTS,
  type CsfFunction,
} from "@/lib/posture/vocabulary";
import v1 from "@/lib/posture/catalog/v1.json";

/**
 * The security-posture catalogs: versioned data files in this folder (v1.json, …), each question
 * written in our own words in English and French, mapped to NIST CSF 2.0 subcategory
 * identifiers and to the numbers of ANSSI's 42 hygiene measures (lib/posture/reference/).
 * A posture assessment stores the version it was answered with and is always read with it;
 * a new version is a new file, never an edit of a published one.
 */
const text = z.object({ question: z.string().min(1), help: z.string().min(1), action: z.string().min(1).max(200) });

export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
    function: z.enum(CSF_FUNCTIONS),
    weight: z.literal(QUESTION_WEIGHTS),
    csf: z.array(z.string().regex(/^[A-Z]{2}\.[A-Z]{2}-\d{2}$/)).min(1),
    anssi: z.array(z.number().int()),
    /** Why no ANSSI measure is mapped (required when `anssi` is empty). */
    anssiNote: z.string().min(1).optional(),
    en: text,
    fr: text,
  })
  .strict();

const reportText = z
  .object({
    /** Detail of a report recommendation made from a gap; placeholders {date} {level} {asOf} {csf} {anssi}. */
    detail: z.string().min(1),
    detailNoAnssi: z.string().min(1),
    levels: z.record(z.enum(ANSWER_LEVELS), z.string().min(1)),
  })
  .strict();

export const catalogSchema = z
  .object({
    version: z.string().regex(/^\d+$/),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The scale the catalog was written for: must be the app's (lib/posture/vocabulary.ts). */
    scale: z
      .array(z.enum(MATURITY_LEVELS))
      .refine((s) => s.join() === MATURITY_LEVELS.join(), { message: "the catalog's scale differs from the app's" }),
    references: z.object({ csf: z.string(), anssi: z.string() }).strict(),
    /** Texts written into steering reports (authored content, in the report's language). */
    reportTexts: z.object({ en: reportText, fr: reportText }).strict(),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export type PostureQuestion = z.infer<typeof questionSchema>;
export type PostureCatalog = z.infer<typeof catalogSchema>;
export type CatalogLocale = "en" | "fr";

/** Every published catalog, by version. Add a version: a new JSON file here, then this list. */
export const CATALOGS: Record<string, PostureCatalog> = { "1": catalogSchema.parse(v1) };
export const CURRENT_CATALOG_VERSION = "1";

export function catalogFor(version: string): PostureCatalog | null {
  return CATALOGS[version] ?? null;
}

export function currentCatalog(): PostureCatalog {
  return CATALOGS[CURRENT_CATALOG_VERSION]!;
}

/** The catalog's questions of one function, in catalog order. */
export function questionsOf(catalog: PostureCatalog, fn: CsfFunction): PostureQuestion[] {
  return catalog.questions.filter((q) => q.function === fn);
}

/** Every question id of every catalog version (the input schema accepts these; the domain checks the version). */
export const ALL_QUESTION_IDS: readonly string[] = [
  ...new Set(Object.values(CATALOGS).flatMap((c) => c.questions.map((q) => q.id))),
];

/** A question's texts in the reader's language (English when the catalog has no such language). */
export function questionText(question: PostureQuestion, locale: string): PostureQuestion["en"] {
  return locale === "fr" ? question.fr : question.en;
}

/** The catalog language closest to a UI locale. */
export function catalogLocale(locale: string): CatalogLocale {
  return locale === "fr" ? "fr" : "en";
}
