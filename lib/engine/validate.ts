import type { z } from "zod";
import { getMessages, type Locale } from "./messages";
import { assessmentInputSchema, buildSchemas, economicsSchema, type AssessmentInput, type Economics } from "./schema";

export interface ValidationIssue {
  /** Dotted path with indices in brackets: `remoteUsers`, `economics.hourlyRate`, `cloudServices[1]`; "" for the whole input. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; input: AssessmentInput } | { ok: false; issues: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** One issue per problem; an unknown key becomes an issue at that key's own path. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[], locale: Locale = "en"): ValidationIssue[] {
  const m = getMessages(locale);
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: m.t("validation.unknownField") }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}

const schemasByLocale = new Map<Locale, typeof assessmentInputSchema>([["en", assessmentInputSchema]]);

function schemaFor(locale: Locale): typeof assessmentInputSchema {
  const cached = schemasByLocale.get(locale);
  if (cached) return cached;
  const built = buildSchemas(getMessages(locale)).assessmentInputSchema;
  schemasByLocale.set(locale, built);
  return built;
}

/** Validates untrusted input (form, server action, CLI) against the contract. */
export function validateAssessmentInput(raw: unknown, options: { locale?: Locale } = {}): ValidationResult {
  const locale = options.locale ?? "en";
  const parsed = schemaFor(locale).safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: toValidationIssues(parsed.error.issues, locale) };
}

/**
 * One line per issue, `path: message` (e.g. `remoteUsers: must be less than or equal to headcount (12)`),
 * joined with "\n". `pathPrefix` prefixes every path (the CLI passes `[1]` for the second item).
 */
export function formatIssues(
  issues: readonly ValidationIssue[],
  options: { pathPrefix?: string; locale?: Locale } = {},
): string {
  const m = getMessages(options.locale ?? "en");
  const prefix = options.pathPrefix ?? "";
  return issues
    .map((issue) => {
      const joined =
        prefix === "" || issue.path === "" || issue.path.startsWith("[")
          ? prefix + issue.path
          : `${prefix}.${issue.path}`;
      const path = joined === "" ? m.t("issue.rootPath") : joined;
      return m.t("issue.line", { path, message: issue.message });
    })
    .join("\n");
}

export type EconomicsValidationResult = { ok: true; economics: Economics } | { ok: false; issues: ValidationIssue[] };

/** Validates pricing defaults (a tenant's settings, the CLI's `--defaults` file). */
export function validateEconomics(raw: unknown, options: { locale?: Locale } = {}): EconomicsValidationResult {
  const locale = options.locale ?? "en";
  const schema = locale === "en" ? economicsSchema : buildSchemas(getMessages(locale)).economicsSchema;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, economics: parsed.data };
  return { ok: false, issues: toValidationIssues(parsed.error.issues, locale) };
}
