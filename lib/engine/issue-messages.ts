import type { z } from "zod";
import type { Messages } from "./messages";

type RawIssue = z.core.$ZodRawIssue;

const quoted = (values: readonly unknown[]): string[] => values.map((v) => JSON.stringify(v));

function invalidType(expected: string, input: unknown, integer: boolean, m: Messages): string {
  if (input === undefined) return m.t("validation.required");
  const nonFinite = typeof input === "number" && !Number.isFinite(input);
  switch (expected) {
    case "int":
      return nonFinite ? m.t("validation.finite") : m.t("validation.integer");
    case "number":
      if (nonFinite) return m.t("validation.finite");
      return integer ? m.t("validation.integer") : m.t("validation.number");
    case "boolean":
      return m.t("validation.boolean");
    case "array":
      return m.t("validation.array");
    case "object":
      return m.t("validation.object");
    default:
      return m.t("validation.invalid");
  }
}

/**
 * The zod error map of every engine schema: turns a raw zod issue into one of the catalog's
 * messages. The message never repeats the field: `formatIssues` prefixes the path. `integer`
 * marks the maps of whole-number fields (zod reports a string given to `z.int()` as "expected number").
 */
export function issueMessageMap(m: Messages, options: { integer?: boolean } = {}): (issue: RawIssue) => string {
  const integer = options.integer ?? false;
  return (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return invalidType(issue.expected, issue.input, integer, m);
      case "invalid_value":
        if (issue.input === undefined) return m.t("validation.required");
        return m.t("validation.oneOf", { values: m.list(quoted(issue.values), "or") });
      case "too_small":
        return m.t("validation.min", { min: String(issue.minimum) });
      case "too_big":
        return m.t("validation.max", { max: String(issue.maximum) });
      case "unrecognized_keys":
        return m.t("validation.unknownFields", { keys: m.list(issue.keys, "and") });
      case "custom":
        return issue.message ?? m.t("validation.invalid");
      default:
        return m.t("validation.invalid");
    }
  };
}
