import { readdirSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { Locale as StoredLocale } from "@/lib/generated/prisma/enums";
import { CATALOGS, DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/catalog";

/**
 * Every locale's catalog has exactly the English keys, none empty, each a valid ICU message with
 * the same arguments and rich-text tags as English; French is really translated (only the words
 * listed below are the same in both languages) and follows French typography.
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
const flat = (locale: (typeof LOCALES)[number]) => flatten(CATALOGS[locale] as unknown as Tree);
const EN = flat(DEFAULT_LOCALE);

/** Arguments ({name}, {count, plural, …}) and rich-text tags (<link>…</link>) of a message, read from its ICU syntax tree. */
type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };
const LITERAL = 0;
const POUND = 7;
const TAG = 8;
function shape(parsed: IntlMessageFormat): string[] {
  const out = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type === LITERAL || element.type === POUND) continue;
      out.add(element.type === TAG ? `<${String(element.value)}>` : `{${String(element.value)}}`);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      walk(element.children ?? []);
    }
  };
  walk(parsed.getAst() as Element[]);
  return [...out].sort();
}
const EN_SHAPES = new Map<string, string[]>();
const enShape = (key: string) => {
  if (!EN_SHAPES.has(key)) EN_SHAPES.set(key, shape(new IntlMessageFormat(EN.get(key) ?? "", DEFAULT_LOCALE)));
  return EN_SHAPES.get(key)!;
};

/** Written by hand: the messages that read the same in French (names, symbols, shared words). */
const SAME_IN_FRENCH = [
  "assessments.form.fields.cloudServices.options.googleWorkspace.description",
  "assessments.form.fields.cloudServices.options.googleWorkspace.label",
  "assessments.form.fields.cloudServices.options.microsoft365.label",
  "assessments.form.fields.sites.label",
  "assessments.result.assumptions.source",
  "assessments.result.costs.rangeValue",
  "assessments.result.grid.msp",
  "assessments.result.grid.situation",
  "assessments.result.projects.migration",
  "assessments.result.scope.items.googleWorkspace",
  "assessments.result.scope.items.microsoft365",
  "assessments.result.scope.rank",
  "assessments.result.score",
  "audit.columns.action",
  "audit.filters.action",
  "audit.nobody",
  "common.actions",
  "common.appName",
  "common.lifecycle.PROSPECT",
  "common.locales.en",
  "common.locales.fr",
  "common.role.CLIENT",
  "common.titleTemplate",
  "dashboard.history.total",
  "dashboard.opportunities.prospect",
  "dashboard.transitions.moveLabel",
  "dashboard.transitions.notApplicable",
  "engine.price.horizonMonths",
  "engine.scope.googleWorkspace",
  "engine.scope.microsoft365",
  "engine.value.cloudServices.googleWorkspace",
  "engine.value.cloudServices.microsoft365",
  "errors.notFoundCode",
  "integrations.reference.problemType",
  "integrations.reference.returns",
  "integrations.tabs.webhooks",
  "integrations.tokens.list.actions",
  "integrations.tokens.list.hint",
  "integrations.webhooks.add.description",
  "integrations.webhooks.log.atUtc",
  "integrations.webhooks.log.attempt",
  "integrations.webhooks.log.statusAndError",
  "integrations.webhooks.title",
  "interventions.add.kind",
  "interventions.add.note",
  "interventions.add.occurredOn",
  "interventions.import.fields.kind",
  "interventions.import.fields.note",
  "interventions.import.fields.occurredOn",
  "interventions.kinds.TICKET",
  "interventions.list.date",
  "interventions.list.kindFrom",
  "interventions.list.totals",
  "interventions.list.what",
  // "Menu" is French too.
  "nav.menu",
  "orgs.form.notes",
  "orgs.form.sites",
  "orgs.page.notes",
  "posture.compare.chooseOption",
  "posture.export.csv.csf",
  "posture.export.csv.points",
  "posture.export.csv.question",
  "posture.export.oscal.findingTitle",
  "posture.form.answeredOf",
  "posture.functionWithCode",
  "posture.itemContext",
  "posture.result.item",
  "posture.result.noEvidence",
  "posture.result.score",
  "posture.scoreOutOf",
  "posture.weight.2",
  "proposals.scope.googleWorkspace",
  "proposals.scope.microsoft365",
  "proposals.view.noRange",
  "reports.editor.count",
  "reports.editor.heading",
  "reports.editor.source",
  "reports.list.pages",
  "reports.overview.newComments.item",
  "reports.page.title",
  "reports.pdf.footer",
  "reports.pdf.source",
  "reports.pdf.tickets",
  "reports.pdf.trendColumns.mttrHours",
  "reports.trend.chart.incidents",
  "reports.trendSeries.tickets",
  "reports.view.budgetTitle",
  "reports.view.hours",
  "settings.brand.logo",
].sort();

describe("message catalogs", () => {
  it("has a folder per locale with the same namespace files", () => {
    const files = (locale: string) => readdirSync(join(process.cwd(), "messages", locale)).sort();
    for (const locale of LOCALES) expect(files(locale), locale).toEqual(files(DEFAULT_LOCALE));
  });

  it("stores the user's choice in a database enum holding exactly these locales", () => {
    expect(Object.values(StoredLocale).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES.map((l) => [l]))("%s", (locale) => {
    const messages = flat(locale);

    it("has exactly the English keys, none empty", () => {
      expect([...messages.keys()].sort()).toEqual([...EN.keys()].sort());
      for (const [key, value] of messages) expect(value.trim(), key).not.toBe("");
    });

    it("parses as ICU messages with the same arguments and tags as English", () => {
      for (const [key, value] of messages) {
        let parsed: IntlMessageFormat | undefined;
        expect(() => (parsed = new IntlMessageFormat(value, locale)), key).not.toThrow();
        expect(shape(parsed!), key).toEqual(enShape(key));
      }
    }, 60_000); // about 2,900 messages parsed: seconds on a loaded machine
  });

  it("is translated into French (only the listed messages read the same)", () => {
    const same = [...flat("fr")].filter(([key, value]) => value === EN.get(key)).map(([key]) => key);
    expect(same.sort()).toEqual(SAME_IN_FRENCH);
  });

  it("follows French typography", () => {
    const problems: string[] = [];
    for (const [key, value] of flat("fr")) {
      // Arguments and URL schemes (https://) are not punctuation.
      const text = value.replace(/\{[^{}]*\}/g, "x").replace(/\b[a-z]+:\/\//g, "x");
      if (/ [:;?!»]/.test(text)) problems.push(`${key}: plain space before a high punctuation mark`);
      if (/[^\u00a0\u202f][;?!]/.test(text)) problems.push(`${key}: no narrow no-break space before ; ? !`);
      if (/[^\u00a0\u202f\d]:/.test(text)) problems.push(`${key}: no no-break space before :`);
      if (/« |«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(text))
        problems.push(`${key}: guillemets without a no-break space`);
      if (value.includes("'")) problems.push(`${key}: straight apostrophe`);
      if (/"/.test(value)) problems.push(`${key}: straight quotes (use « »)`);
    }
    expect(problems).toEqual([]);
  });
});
