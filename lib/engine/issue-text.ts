import type { z } from "zod";
import { text, textList, type Text } from "./text";

type RawIssue = z.core.$ZodRawIssue;

const quoted = (values: readonly unknown[]): string[] => values.map((v) => JSON.stringify(v));

function invalidType(expected: string, input: unknown, integer: boolean): Text {
  if (input === undefined) return text("engine.validation.required");
  const nonFinite = typeof input === "number" && !Number.isFinite(input);
  switch (expected) {
    case "int":
      return nonFinite ? text("engine.validation.finite") : text("engine.validation.integer");
    case "number":
      if (nonFinite) return text("engine.validation.finite");
      return integer ? text("engine.validation.integer") : text("engine.validation.number");
    case "boolean":
      return text("engine.validation.boolean");
    case "array":
      return text("engine.validation.array");
    case "object":
      return text("engine.validation.object");
    default:
      return text("engine.validation.invalid");
  }
}

/**
 * What an issue says, as a text (a catalog key with parameters). The message never repeats the
 * field: whoever shows it puts the path in front (the CLI) or shows it beside the field.
 */
export function issueText(issue: RawIssue, integer: boolean): Text {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue.expected, issue.input, integer);
    case "invalid_value":
      if (issue.input === undefined) return text("engine.validation.required");
      return text("engine.validation.oneOf", { values: textList(quoted(issue.values), "disjunction") });
    case "too_small":
      return text("engine.validation.min", { min: Number(issue.minimum) });
    case "too_big":
      return text("engine.validation.max", { max: Number(issue.maximum) });
    default:
      return text("engine.validation.invalid");
  }
}

/**
 * zod carries only strings: the engine's error maps write the issue's text as JSON into the
 * message, and `decodeIssue` reads it back (lib/engine/validate.ts). Never shown to anyone.
 */
export const encodeText = (value: Text): string => JSON.stringify(value);

export function decodeIssue(message: string): Text {
  try {
    const parsed = JSON.parse(message) as unknown;
    if (typeof parsed === "object" && parsed !== null && typeof (parsed as Text).key === "string")
      return parsed as Text;
  } catch {
    // not one of ours: fall through
  }
  return text("engine.validation.invalid");
}

/** The error map of every engine schema; `integer` marks whole-number fields (zod reports a string given to `z.int()` as "expected number"). */
export function issueMessageMap(options: { integer?: boolean } = {}): (issue: RawIssue) => string {
  const integer = options.integer ?? false;
  return (issue) => encodeText(issueText(issue, integer));
}
