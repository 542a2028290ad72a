/**
 * `npm run -s decide [-- --defaults pricing.json] < input.json`
 *
 * Reads ONE assessment (a JSON object) or an ARRAY of them from stdin and prints the engine's
 * result (or the array of results) as JSON, 2-space indent, exit 0. Invalid JSON or an invalid
 * assessment: exit 2, one line per problem on stderr naming the field (`[1].remoteUsers: ...`
 * for arrays), nothing on stdout. `--defaults <file.json>`: the tenant's pricing defaults
 * (same fields as `economics`), which each assessment's `economics` overrides field by field.
 */
import { readFileSync } from "node:fs";
import {
  decide,
  formatIssues,
  getMessages,
  validateAssessmentInput,
  validateEconomics,
  type AssessmentInput,
  type Economics,
} from "../lib/engine/index";

const m = getMessages("en");

class UsageError extends Error {}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(m.t("issue.line", { path, message: m.t("validation.invalidJson", { detail }) }));
  }
}

function readDefaults(args: readonly string[]): Partial<Economics> | undefined {
  let file: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--defaults") {
      file = args[i + 1];
      if (file === undefined) throw new UsageError(m.t("cli.missingValue", { option: "--defaults" }));
      i += 1;
    } else if (arg.startsWith("--defaults=")) {
      file = arg.slice("--defaults=".length);
    } else {
      throw new UsageError(`${m.t("cli.unknownOption", { option: arg })}\n${m.t("cli.usage")}`);
    }
  }
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(m.t("cli.cannotRead", { file }));
  }
  const checked = validateEconomics(parseJson(text, "defaults"));
  if (!checked.ok) throw new UsageError(formatIssues(checked.issues, { pathPrefix: "defaults" }));
  return checked.economics;
}

function validateAll(raw: unknown): AssessmentInput[] {
  const items = Array.isArray(raw) ? raw : [raw];
  const inputs: AssessmentInput[] = [];
  const errors: string[] = [];
  items.forEach((item: unknown, index) => {
    const checked = validateAssessmentInput(item);
    if (checked.ok) inputs.push(checked.input);
    else errors.push(formatIssues(checked.issues, Array.isArray(raw) ? { pathPrefix: `[${index}]` } : {}));
  });
  if (errors.length > 0) throw new UsageError(errors.join("\n"));
  return inputs;
}

function main(): number {
  try {
    const defaults = readDefaults(process.argv.slice(2));
    const raw = parseJson(readFileSync(0, "utf8"), "input");
    const results = validateAll(raw).map((input) => decide(input, { defaults }));
    process.stdout.write(`${JSON.stringify(Array.isArray(raw) ? results : results[0], null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

process.exitCode = main();
