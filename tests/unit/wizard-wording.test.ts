import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The assessment wizard and the engine's texts speak to the account manager about the client
 * (third person) and cite the idea, never the product's internal sources (issue 15 item 4): no
 * "your organization", no "the seed" in what the wizard, the result page or the engine say.
 */
const CATALOGS = ["assessments", "engine"];
const FORBIDDEN = [/\byour organi[sz]ation\b/i, /\bseed\b/i];

function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

describe("the wizard and the engine speak to the account manager", () => {
  it("finds the words it forbids", () => {
    const found = strings({ a: "Describe your organization", b: { c: "As the seed says" }, d: "Seeded?" }, "").filter(
      ([, text]) => FORBIDDEN.some((re) => re.test(text)),
    );
    expect(found.map(([key]) => key)).toEqual(["a", "b.c"]);
  });

  it.each(CATALOGS)("messages/en/%s.json has no 'your organization' and no 'seed'", (namespace) => {
    const catalog = JSON.parse(readFileSync(path.join(process.cwd(), "messages/en", `${namespace}.json`), "utf8"));
    const all = strings(catalog, "");
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter(([, text]) => FORBIDDEN.some((re) => re.test(text)))).toEqual([]);
  });
});
