import { describe, expect, it } from "vitest";
import en from "@/messages/en/validation.json";
import { validateAssessmentInput } from "@/lib/engine";
import { whatIfIssue } from "@/lib/i18n/what-if-issue";
import { FULL_INPUT as INPUT } from "@/lib/engine/test-fixtures";

const sentence = (key: string) => (en as Record<string, string>)[key.replace(/^validation\./, "")];

describe("what the what-if says beside a field", () => {
  it("is a sentence of the form catalog, never the engine's validator wording", () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ headcount: Number.NaN }, "headcount", "validation.notNumber"],
      [{ headcount: 2.5 }, "headcount", "validation.notInteger"],
      [{ headcount: -1 }, "headcount", "validation.tooSmallNumber"],
      [{ remoteUsers: 10_000 }, "remoteUsers", "validation.aboveHeadcount"],
    ];
    for (const [patch, path, key] of cases) {
      const checked = validateAssessmentInput({ ...INPUT, ...patch });
      expect(checked.ok).toBe(false);
      if (checked.ok) continue;
      const issue = checked.issues.find((i) => i.path === path);
      expect(issue, JSON.stringify(checked.issues)).toBeDefined();
      const ref = whatIfIssue(issue!.message);
      expect(ref.key).toBe(key);
      expect(sentence(ref.key)).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("names every engine validation code, and anything else is the catalog's generic sentence", () => {
    expect(whatIfIssue({ key: "engine.validation.invalidJson", params: { detail: "x" } })).toEqual({
      key: "validation.invalid",
    });
    expect(whatIfIssue({ key: "engine.validation.max", params: { max: 5 } })).toEqual({
      key: "validation.tooBigNumber",
      params: { maximum: 5 },
    });
    for (const key of ["required", "notInteger", "notNumber", "aboveHeadcount", "duplicateItem", "historyEmpty"])
      expect(sentence(key), key).toBeTruthy();
  });
});
