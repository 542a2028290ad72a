import { describe, expect, it } from "vitest";
import { getMessages, interpolate } from "./messages";
import { en } from "./messages/en";

describe("messages", () => {
  it("interpolates named placeholders and leaves unknown ones visible", () => {
    expect(interpolate("{a} and {b}", { a: 1, b: "two" })).toBe("1 and two");
    expect(interpolate("{a} and {missing}", { a: 1 })).toBe("1 and {missing}");
    expect(interpolate("no placeholder")).toBe("no placeholder");
  });

  it("formats lists and numbers the English way", () => {
    const m = getMessages("en");
    expect(m.list([])).toBe("");
    expect(m.list(["a"])).toBe("a");
    expect(m.list(["a", "b"])).toBe("a and b");
    expect(m.list(["a", "b", "c"], "or")).toBe("a, b or c");
    expect(m.number(1.5)).toBe("1.5");
    expect(m.number(0.1 + 0.2)).toBe("0.3");
  });

  it("t() fills a catalog template", () => {
    expect(getMessages().t("validation.remoteUsers", { headcount: 12 })).toBe(
      "must be less than or equal to headcount (12)",
    );
  });

  it("every template is a non-empty sentence or label with well-formed placeholders", () => {
    for (const [code, template] of Object.entries(en.messages)) {
      expect(template.trim(), code).not.toBe("");
      expect(template.replace(/\{\w+\}/g, ""), code).not.toMatch(/[{}]/);
    }
  });
});
