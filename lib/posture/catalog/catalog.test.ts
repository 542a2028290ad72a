import { describe, expect, it } from "vitest";
import anssi from "@/lib/posture/reference/anssi-hygiene-42.json";
import csf from "@/lib/posture/reference/nist-csf-2.0.json";
import { CATALOGS, currentCatalog, type PostureCatalog } from "@/lib/posture/catalog";
import { CSF_FUNCTIONS } from "@/lib/posture/vocabulary";

/**
 * The catalogs against the reference data committed beside them (lib/posture/reference/, copies
 * of NIST's CSF 2.0 OSCAL catalog and ANSSI's 42 measures): every identifier must exist and be
 * current, every CSF function must be covered, and both languages must be complete and typeset.
 */
type Subcategory = { id: string; withdrawn: boolean };
const SUBCATEGORIES = new Map<string, { fn: string; withdrawn: boolean }>();
for (const fn of csf.functions)
  for (const category of fn.categories)
    for (const sub of category.subcategories as Subcategory[])
      SUBCATEGORIES.set(sub.id, { fn: fn.id, withdrawn: sub.withdrawn || category.withdrawn });
const MEASURES = new Set(anssi.measures.map((m) => m.number));

describe.each(Object.values(CATALOGS).map((c) => [c.version, c] as [string, PostureCatalog]))(
  "posture catalog v%s",
  (_version, catalog) => {
    it("reads the reference data it is checked against", () => {
      expect(SUBCATEGORIES.size).toBeGreaterThan(150);
      expect([...SUBCATEGORIES.values()].filter((s) => !s.withdrawn)).toHaveLength(106);
      expect(MEASURES.size).toBe(42);
      expect(csf.functions.map((f) => f.id)).toEqual([...CSF_FUNCTIONS]);
    });

    it("has 30 to 50 questions with unique ids", () => {
      expect(catalog.questions.length).toBeGreaterThanOrEqual(30);
      expect(catalog.questions.length).toBeLessThanOrEqual(50);
      const ids = catalog.questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("maps every question to valid, non-withdrawn CSF 2.0 subcategories, one of them in its own function", () => {
      const problems: string[] = [];
      for (const q of catalog.questions) {
        for (const id of q.csf) {
          const sub = SUBCATEGORIES.get(id);
          if (!sub) problems.push(`${q.id}: ${id} is not a CSF 2.0 subcategory`);
          else if (sub.withdrawn) problems.push(`${q.id}: ${id} is a withdrawn CSF 1.1 identifier`);
        }
        if (new Set(q.csf).size !== q.csf.length) problems.push(`${q.id}: a subcategory is listed twice`);
        if (!q.csf.some((id) => SUBCATEGORIES.get(id)?.fn === q.function))
          problems.push(`${q.id}: scored under ${q.function} but maps to no subcategory of that function`);
      }
      expect(problems).toEqual([]);
    });

    it("maps questions to existing ANSSI measure numbers, and says why when none fits", () => {
      const problems: string[] = [];
      for (const q of catalog.questions) {
        for (const n of q.anssi) if (!MEASURES.has(n)) problems.push(`${q.id}: ANSSI measure ${n} does not exist`);
        if (new Set(q.anssi).size !== q.anssi.length) problems.push(`${q.id}: a measure is listed twice`);
        if (q.anssi.length === 0 && !q.anssiNote) problems.push(`${q.id}: no ANSSI measure and no note saying why`);
        if (q.anssi.length > 0 && q.anssiNote) problems.push(`${q.id}: a note about a missing measure, but measures`);
      }
      expect(problems).toEqual([]);
      // Nearly every question has an ANSSI counterpart; the exceptions are explained above.
      expect(catalog.questions.filter((q) => q.anssi.length > 0).length).toBeGreaterThanOrEqual(
        catalog.questions.length - 2,
      );
    });

    it("covers every CSF function with at least three questions, and most ANSSI measures", () => {
      for (const fn of CSF_FUNCTIONS)
        expect(catalog.questions.filter((q) => q.function === fn).length, fn).toBeGreaterThanOrEqual(3);
      const covered = new Set(catalog.questions.flatMap((q) => q.anssi));
      expect(covered.size).toBeGreaterThanOrEqual(30);
    });

    it("is complete in English and in French, and the French is a translation", () => {
      for (const q of catalog.questions) {
        for (const field of ["question", "help", "action"] as const) {
          expect(q.en[field].trim(), `${q.id} en.${field}`).not.toBe("");
          expect(q.fr[field].trim(), `${q.id} fr.${field}`).not.toBe("");
          expect(q.fr[field], `${q.id} fr.${field} is the English text`).not.toBe(q.en[field]);
        }
        expect(q.en.question.endsWith("?"), `${q.id} en.question asks a question`).toBe(true);
        expect(q.fr.question.endsWith("\u202f?"), `${q.id} fr.question asks a question`).toBe(true);
        // Actions become report recommendation titles (at most 200 characters, no final full stop).
        for (const locale of ["en", "fr"] as const) {
          expect(q[locale].action.length).toBeLessThanOrEqual(200);
          expect(q[locale].action.endsWith("."), `${q.id} ${locale}.action`).toBe(false);
        }
      }
    });

    it("follows French typography: no plain space before : ; ? ! or inside guillemets, curly apostrophes", () => {
      const problems: string[] = [];
      const texts: [string, string][] = [
        ...catalog.questions.flatMap((q) =>
          Object.entries(q.fr).map(([f, v]): [string, string] => [`${q.id} fr.${f}`, v]),
        ),
        ["reportTexts.fr.detail", catalog.reportTexts.fr.detail],
        ["reportTexts.fr.detailNoAnssi", catalog.reportTexts.fr.detailNoAnssi],
        ...Object.entries(catalog.reportTexts.fr.levels).map(([l, v]): [string, string] => [
          `reportTexts.fr.levels.${l}`,
          v,
        ]),
      ];
      {
        for (const [where, value] of texts) {
          if (/ [:;?!]/.test(value)) problems.push(`${where}: plain space before a high punctuation mark`);
          if (/[^\u00a0\u202f][;?!]/.test(value)) problems.push(`${where}: no thin non-breaking space before ; ? !`);
          if (/[^\u00a0\u202f]:(?!\/\/)/.test(value)) problems.push(`${where}: no non-breaking space before :`);
          if (/« |«[^\u00a0\u202f]| »|[^\u00a0\u202f]»/.test(value)) problems.push(`${where}: guillemets without NBSP`);
          if (value.includes("'")) problems.push(`${where}: straight apostrophe`);
          if (/\s[.,]/.test(value)) problems.push(`${where}: space before . or ,`);
        }
      }
      expect(problems).toEqual([]);
    });
  },
);

describe("the current catalog", () => {
  it("is the newest published version", () => {
    const versions = Object.keys(CATALOGS).map(Number);
    expect(Number(currentCatalog().version)).toBe(Math.max(...versions));
  });
});
