/**
 * `npm run -s decide [-- --defaults pricing.json] [--locale en] [--codes] < input.json`
 *
 * Reads ONE assessment (a JSON object) or an ARRAY of them from stdin and prints the engine's
 * result (or the array of results) as JSON, 2-space indent, exit 0. The engine speaks codes; the
 * CLI is where they meet a person, so every text of the result (reasons, grid rows, conditions,
 * triggers, what would change, cost notes) is printed as a sentence in `--locale` (English by
 * default). `--codes` prints the codes with their parameters instead, as they are stored.
 * Invalid JSON or an invalid assessment: exit 2, one line per problem on stderr naming the field
 * (`[1].remoteUsers: ...` for arrays), nothing on stdout. `--defaults <file.json>`: the tenant's
 * pricing defaults (same fields as `economics`), which each assessment's `economics` overrides.
 */
import { readFileSync } from "node:fs";
import {
  decide,
  validateAssessmentInput,
  validateEconomics,
  type AssessmentInput,
  type Economics,
} from "../lib/engine/index";
import { LOCALES, type Locale } from "../lib/i18n/catalog";
import { isText, issueLines, renderText, type TextRenderer } from "../lib/i18n/engine-text";
import { textRenderer } from "../lib/i18n/translate";

class UsageError extends Error {}

type Options = { defaults?: string; locale: Locale; codes: boolean };

function parseArgs(args: readonly string[], r: TextRenderer): Options {
  const options: Options = { locale: "en", codes: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? args[(i += 1)];
      if (v === undefined) throw new UsageError(r.t("engine.cli.missingValue", { option: name ?? arg }));
      return v;
    };
    if (name === "--defaults") options.defaults = value();
    else if (name === "--locale") {
      const locale = value();
      if (!(LOCALES as readonly string[]).includes(locale))
        throw new UsageError(r.t("engine.cli.unknownLocale", { locale, known: LOCALES.join(", ") }));
      options.locale = locale as Locale;
    } else if (name === "--codes" && inline === undefined) options.codes = true;
    else throw new UsageError(`${r.t("engine.cli.unknownOption", { option: arg })}\n${r.t("engine.cli.usage")}`);
  }
  return options;
}

function parseJson(text: string, path: string, r: TextRenderer): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(r.t("engine.cli.line", { path, message: r.t("engine.validation.invalidJson", { detail }) }));
  }
}

function readDefaults(file: string | undefined, r: TextRenderer): Partial<Economics> | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(r.t("engine.cli.cannotRead", { file }));
  }
  const checked = validateEconomics(parseJson(text, "defaults", r));
  if (!checked.ok) throw new UsageError(issueLines(checked.issues, r, "defaults"));
  return checked.economics;
}

function validateAll(raw: unknown, r: TextRenderer): AssessmentInput[] {
  const items = Array.isArray(raw) ? raw : [raw];
  const inputs: AssessmentInput[] = [];
  const errors: string[] = [];
  items.forEach((item: unknown, index) => {
    const checked = validateAssessmentInput(item);
    if (checked.ok) inputs.push(checked.input);
    else errors.push(issueLines(checked.issues, r, Array.isArray(raw) ? `[${index}]` : ""));
  });
  if (errors.length > 0) throw new UsageError(errors.join("\n"));
  return inputs;
}

/** The result with every text rendered as a sentence (JSON.stringify's replacer, depth first). */
function rendered(value: unknown, r: TextRenderer): string {
  return JSON.stringify(value, (_key, v: unknown) => (isText(v) ? renderText(v, r) : v), 2);
}

function main(): number {
  let r = textRenderer("en");
  try {
    const options = parseArgs(process.argv.slice(2), r);
    r = textRenderer(options.locale);
    const defaults = readDefaults(options.defaults, r);
    const raw = parseJson(readFileSync(0, "utf8"), "input", r);
    const results = validateAll(raw, r).map((input) => decide(input, { defaults }));
    const output = Array.isArray(raw) ? results : results[0];
    process.stdout.write(`${options.codes ? JSON.stringify(output, null, 2) : rendered(output, r)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

process.exitCode = main();
