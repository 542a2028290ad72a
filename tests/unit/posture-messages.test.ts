import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/posture.json";
import fr from "@/messages/fr/posture.json";

/**
 * The posture namespace in French, ready for the French catalog (issue 19, part 1): the same keys
 * as English, every message a valid ICU message in both languages, French typography.
 */
type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const EN = flatten(en);
const FR = flatten(fr);

describe("messages/fr/posture.json", () => {
  it("has exactly the English keys, none empty", () => {
    expect([...FR.keys()].sort()).toEqual([...EN.keys()].sort());
    for (const [key, value] of FR) expect(value.trim(), key).not.toBe("");
  });

  it("is translated (only words that are the same in both languages are left as they are)", () => {
    const same = [...FR].filter(([key, value]) => value === EN.get(key)).map(([key]) => key);
    expect(same.sort()).toEqual(
      [
        "compare.chooseOption",
        "export.csv.csf",
        "export.csv.points",
        "export.csv.question",
        "export.oscal.findingTitle",
        "result.item",
        "result.noEvidence",
        "result.score",
        "scoreOutOf",
        "weight.2",
      ].sort(),
    );
  });

  it("parses as ICU messages in both languages", () => {
    for (const [key, value] of EN) expect(() => new IntlMessageFormat(value, "en"), `en ${key}`).not.toThrow();
    for (const [key, value] of FR) expect(() => new IntlMessageFormat(value, "fr"), `fr ${key}`).not.toThrow();
  });

  it("follows French typography", () => {
    const problems: string[] = [];
    for (const [key, value] of FR) {
      const text = value.replace(/\{[^{}]*\}/g, "x");
      if (/ [:;?!]/.test(text)) problems.push(`${key}: plain space before a high punctuation mark`);
      if (/[^\u00a0\u202f][;?!]/.test(text)) problems.push(`${key}: no thin non-breaking space before ; ? !`);
      if (/[^\u00a0\u202f\d]:/.test(text)) problems.push(`${key}: no non-breaking space before :`);
      if (/« |«[^\u00a0\u202f]| »|[^\u00a0\u202f]»/.test(text)) problems.push(`${key}: guillemets without NBSP`);
      if (value.includes("'")) problems.push(`${key}: straight apostrophe`);
    }
    expect(problems).toEqual([]);
  });
});
