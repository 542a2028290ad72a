import type { z } from "zod";
import { decodeIssue } from "./issue-text";
import { assessmentInputSchema, economicsSchema, type AssessmentInput, type Economics } from "./schema";
import { text, type Text } from "./text";

export interface ValidationIssue {
  /** Dotted path with indices in brackets: `remoteUsers`, `economics.hourlyRate`, `cloudServices[1]`; "" for the whole input. */
  path: string;
  /** What is wrong, as a text (never repeats the field): rendered where it meets a person. */
  message: Text;
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
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: text("engine.validation.unknownField"),
        }))
      : [{ path: formatPath(issue.path), message: decodeIssue(issue.message) }],
  );
}

/** Validates untrusted input (form, server action, CLI) against the contract. */
export function validateAssessmentInput(raw: unknown): ValidationResult {
  const parsed = assessmentInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: toValidationIssues(parsed.error.issues) };
}

/**
 * The path of an issue under a prefix, as the CLI prints it: `[1].remoteUsers`,
 * `defaults.hourlyRate`; "" stays "" (the whole input).
 */
export function issuePath(issue: ValidationIssue, prefix = ""): string {
  if (prefix === "" || issue.path === "" || issue.path.startsWith("[")) return prefix + issue.path;
  return `${prefix}.${issue.path}`;
}

export type EconomicsValidationResult = { ok: true; economics: Economics } | { ok: false; issues: ValidationIssue[] };

/** Validates pricing defaults (a tenant's settings, the CLI's `--defaults` file). */
export function validateEconomics(raw: unknown): EconomicsValidationResult {
  const parsed = economicsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, economics: parsed.data };
  return { ok: false, issues: toValidationIssues(parsed.error.issues) };
}
