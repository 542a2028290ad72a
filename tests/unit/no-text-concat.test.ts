import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "@/tools/eslint/no-text-concat.mjs";

/**
 * The guard of issue 14 item 7, "no text built by concatenation in components": the ESLint rule
 * mainstay/no-text-concat (tools/eslint/no-text-concat.mjs, run by `npm run lint` over app/ and
 * components/) reports text assembled from pieces and accepts whole ICU messages.
 */
const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  {
    files: ["**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { mainstay: plugin },
    rules: { "mainstay/no-text-concat": "error" },
  },
];
const problems = (body: string) =>
  linter
    .verify(
      `import { useFormatter, useTranslations } from "next-intl";
       export function C({ n, when, name }: { n: number; when: Date; name: string }) {
         const t = useTranslations("x");
         const format = useFormatter();
         ${body}
       }`,
      config,
      "component.tsx",
    )
    .map((m) => m.messageId);

describe("mainstay/no-text-concat", () => {
  it("accepts whole messages with parameters, keys built in the call, and rich text", () => {
    expect(problems(`return <p>{t("line", { n, name })}</p>;`)).toEqual([]);
    expect(problems("return <p>{t(`roles.${name}`)}</p>;")).toEqual([]);
    expect(problems(`return <p>{t.rich("a", { b: (c) => <b>{c}</b> })}</p>;`)).toEqual([]);
    expect(problems(`return <p>{t("a")}<span>{t("b")}</span></p>;`)).toEqual([]);
    expect(problems(`return <p>{name}</p>;`)).toEqual([]);
  });

  it("accepts decorative glyphs: inside aria-hidden, or as the face of an element with an aria-label", () => {
    expect(problems(`return <p><span aria-hidden="true">●</span>{t("yes")}</p>;`)).toEqual([]);
    expect(problems(`return <a href="/" aria-label={t("next")}>›</a>;`)).toEqual([]);
  });

  it("reports a separator or punctuation written beside a translated piece", () => {
    expect(problems(`return <p>{t("a")} · {t("b")}</p>;`)).toEqual(["literal"]);
    expect(problems(`return <p>{t("a")}: {n}</p>;`)).toEqual(["literal"]);
    expect(problems(`return <p>{t("a")}{" · "}{name}</p>;`)).toEqual(["literal"]);
  });

  it("reports literal words and numbers in JSX, even without a translated piece", () => {
    expect(problems(`return <p>Try again</p>;`)).toEqual(["literal"]);
    expect(problems(`return <p>{n}/{name}</p>;`)).toEqual(["literal"]);
    expect(problems(`return <a href="/" aria-label={t("next")}>Next</a>;`)).toEqual(["literal"]);
  });

  it("reports two translated pieces side by side", () => {
    expect(problems(`return <p>{t("a")} {t("b")}</p>;`)).toEqual(["adjacent"]);
  });

  it("reports + and template literals around translated or formatted pieces, also through a variable", () => {
    expect(problems(`return <p>{t("a") + " " + name}</p>;`)).toContain("plus");
    expect(problems('return <p>{`${t("a")} · `}</p>;')).toEqual(["template"]);
    expect(problems("const d = format.dateTime(when); return <p title={`${d} UTC`} />;")).toEqual(["template"]);
    expect(problems('const label = t("a"); return <p>{label + "!"}</p>;')).toEqual(["plus"]);
  });

  it("reports translated pieces joined from an array", () => {
    expect(problems(`return <p>{[t("a"), name].filter(Boolean).join(" · ")}</p>;`)).toEqual(["join"]);
  });

  it("knows translators and formatters bound by getTranslations/getFormatter, also through Promise.all", () => {
    const server = (body: string) =>
      linter
        .verify(
          `import { getFormatter, getTranslations } from "next-intl/server";
           export async function P({ n }: { n: number }) {
             const [tp, fmt] = await Promise.all([getTranslations("p"), getFormatter()]);
             ${body}
           }`,
          config,
          "page.tsx",
        )
        .map((m) => m.messageId);
    expect(server(`return <p>{tp("a")} {tp("b")}</p>;`)).toEqual(["adjacent"]);
    expect(server("return <p>{`${fmt.number(n)}%`}</p>;")).toEqual(["template"]);
    expect(server(`return <p>{tp("a", { n: fmt.number(n) })}</p>;`)).toEqual([]);
  });
});
