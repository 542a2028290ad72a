import type { z } from "zod";
import type { FieldErrors, MessageParams, MessageRef } from "@/lib/errors";

/** Keys our schemas put in custom messages (refine / regex) that live under `validation.`. */
const KNOWN = new Set([
  "invalid",
  "invalidDate",
  "invalidEmail",
  "dateOutOfRange",
  "dateInFuture",
  "periodFormat",
  "slugFormat",
  "remoteUsersAboveHeadcount",
  "passwordTooWeak",
  "passwordsDiffer",
  "fileTooLarge",
  "invalidColor",
  "invalidPhone",
  "logoTooLarge",
]);

/** The catalog key (under `validation.`) and parameters for one zod issue. */
function messageFor(issue: z.core.$ZodIssue): MessageRef {
  const v = (key: string, params?: MessageParams): MessageRef => ({ key: `validation.${key}`, params });
  if (issue.message && KNOWN.has(issue.message)) return v(issue.message);
  switch (issue.code) {
    case "invalid_type":
      // Entry points parse with { reportInput: true }, so `input` tells "nothing given" from "wrong type".
      if (issue.expected === "int" && typeof issue.input === "number") return v("notInteger");
      return issue.input === undefined || issue.input === null || issue.input === "" ? v("required") : v("invalidType");
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return minimum <= 1 ? v("required") : v("tooShort", { minimum });
      if (issue.origin === "array" || issue.origin === "set") return v("tooFewItems", { minimum });
      return v(issue.inclusive === false ? "tooSmallNumberExclusive" : "tooSmallNumber", { minimum });
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return v("tooLong", { maximum });
      if (issue.origin === "array" || issue.origin === "set") return v("tooManyItems", { maximum });
      return v(issue.inclusive === false ? "tooBigNumberExclusive" : "tooBigNumber", { maximum });
    }
    case "invalid_format":
      return issue.format === "email" ? v("invalidEmail") : v("invalidFormat");
    case "invalid_value":
      return v("invalidOption");
    case "unrecognized_keys":
      return v("unknownField", { keys: issue.keys.join(", ") });
    case "not_multiple_of":
      return v("notInteger");
    default:
      return v("invalid");
  }
}

/**
 * One message per field (the first issue wins), keyed by the dotted path; "_form" for the root.
 * Catalog keys, translated at the edge. The issues' `input` stays on the server: only our
 * messages reach the browser.
 */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key].join(".");
        out[path] ??= messageFor(issue);
      }
      continue;
    }
    const path = issue.path.map(String).join(".") || "_form";
    out[path] ??= messageFor(issue);
  }
  return out;
}
