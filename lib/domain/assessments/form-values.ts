import { ECONOMICS_KEYS, INPUT_FIELD_NAMES, INPUT_FIELDS, type AssessmentInput } from "@/lib/engine";

/**
 * An engine input as the assessment form sends it (counts as strings, flags as "yes"/"no",
 * every economics field present, blank = the tenant's price): what tests, the bench and the
 * access matrix submit to the assessment actions. Derived from the field table.
 */
export function formValuesOf(input: AssessmentInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INPUT_FIELD_NAMES) {
    const value = input[f];
    const kind = INPUT_FIELDS[f].kind;
    // An optional field the input leaves out is a blank answer.
    if (value === undefined) out[f] = "";
    else out[f] = kind === "count" ? String(value) : kind === "flag" ? (value ? "yes" : "no") : value;
  }
  out.economics = Object.fromEntries(
    ECONOMICS_KEYS.map((k) => [k, input.economics?.[k] === undefined ? "" : String(input.economics[k])]),
  );
  return out;
}

/** The Assessment columns of an engine input (a set as written by the caller, e.g. a PostgreSQL array literal). */
export function assessmentColumnsOf<S>(
  input: AssessmentInput,
  setColumn: (values: readonly string[]) => S,
): Record<string, unknown> {
  return Object.fromEntries(
    INPUT_FIELD_NAMES.map((f) => [
      f,
      INPUT_FIELDS[f].kind === "set" ? setColumn(input[f] as string[]) : (input[f] ?? null),
    ]),
  );
}

/** The Assessment columns of a draft that only knows some counts (the rest unanswered). */
export function draftColumnsOf<S>(
  known: Partial<Record<(typeof INPUT_FIELD_NAMES)[number], number>>,
  setColumn: (values: readonly string[]) => S,
): Record<string, unknown> {
  return Object.fromEntries(
    INPUT_FIELD_NAMES.map((f) => [f, INPUT_FIELDS[f].kind === "set" ? setColumn([]) : (known[f] ?? null)]),
  );
}
