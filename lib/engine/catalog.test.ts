import { fc, test } from "@fast-check/vitest";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import engineCatalog from "@/messages/en/engine.json";
import { CATALOGS, LOCALES, type Locale } from "@/lib/i18n/catalog";
import { isText, renderText, type TextRenderer } from "@/lib/i18n/engine-text";
import { CHOICE_FIELDS, choiceValues, decide, validateAssessmentInput, type EngineResult } from "./index";
import { arbAnyAssessmentInput } from "./test-arbitraries";
import type { Text, TextParam } from "./text";

/**
 * The engine's texts live in messages/<locale>/engine.json, the catalog system of the whole UI.
 * These tests render what the engine says with a strict translator (a missing key or a missing
 * parameter throws), and check that the catalog holds no message the engine can never say.
 */
function makeStrictRenderer(locale: Locale = "en"): TextRenderer {
  const t = createTranslator({
    locale,
    messages: CATALOGS[locale],
    onError: (error) => {
      throw error;
    },
  }) as unknown as (key: string, params?: Record<string, string | number>) => string;
  return {
    t: (key, params) => t(key, params),
    list: (items, type) => new Intl.ListFormat(locale, { type }).format(items),
  };
}

/** Every text in a result (walks the JSON: a text is exactly `{ key, params? }`). */
function textsOf(value: unknown, out: Text[] = []): Text[] {
  if (isText(value)) {
    out.push(value);
    for (const param of Object.values(value.params ?? {})) textsOf(param, out);
  } else if (Array.isArray(value)) for (const item of value) textsOf(item, out);
  else if (typeof value === "object" && value !== null)
    for (const [, v] of Object.entries(value as Record<string, TextParam>)) textsOf(v, out);
  return out;
}

const leaves = (node: unknown, prefix: string): string[] =>
  typeof node === "string"
    ? [prefix]
    : Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, `${prefix}.${key}`));

const strict = makeStrictRenderer();

describe("the engine's catalog (messages/en/engine.json)", { timeout: 60_000 }, () => {
  test.prop([arbAnyAssessmentInput], { numRuns: 600 })(
    "every text of a result renders with a strict translator: known key, every parameter given",
    (input) => {
      const r = strict;
      const result: EngineResult = decide(input);
      for (const text of textsOf(result)) {
        const sentence = renderText(text, r);
        expect(sentence.trim(), text.key).not.toBe("");
        expect(sentence, text.key).not.toMatch(/[{}]|undefined|NaN|\[object/);
      }
    },
  );

  test.prop([fc.anything()], { numRuns: 500 })("every validation issue renders", (raw) => {
    const r = strict;
    const checked = validateAssessmentInput(raw);
    if (checked.ok) return;
    for (const issue of checked.issues) {
      expect(renderText(issue.message, r)).not.toBe("");
    }
  });

  test.prop([arbAnyAssessmentInput], { numRuns: 150 })(
    "renders in every locale with a strict translator (the French catalog takes the same parameters)",
    (input) => {
      const result: EngineResult = decide(input);
      for (const locale of LOCALES) {
        const r = makeStrictRenderer(locale);
        for (const text of textsOf(result)) {
          const sentence = renderText(text, r);
          expect(sentence.trim(), `${locale} ${text.key}`).not.toBe("");
          expect(sentence, `${locale} ${text.key}`).not.toMatch(/[{}]|undefined|NaN|\[object/);
        }
      }
    },
  );

  it("has no message the engine never says (besides the CLI's, the grid's fit words and validation)", () => {
    // A fixed sample (seeded: the test does not depend on luck or on the order of the tests).
    const said = new Set<string>();
    for (const input of fc.sample(arbAnyAssessmentInput, { numRuns: 2000, seed: 20261201 }))
      for (const text of textsOf(decide(input))) said.add(text.key);
    // "What would change" may name any value of a choice field (today's or the proposed one).
    for (const field of CHOICE_FIELDS)
      for (const value of choiceValues(field)) said.add(`engine.value.${field}.${value}`);
    const edgeOnly = /^engine\.(cli|fit|validation)\./;
    const unsaid = leaves(engineCatalog, "engine").filter((key) => !edgeOnly.test(key) && !said.has(key));
    expect(unsaid).toEqual([]);
  });
});
