import type { Text } from "@/lib/engine/text";
import type { MessageRef } from "@/lib/errors";

/**
 * What the what-if shows beside a field for one of the engine's validation issues: a sentence of
 * the form catalog (messages/<locale>/validation.json), as every other form says it — never the
 * engine's validator wording ("must be a finite number"), which is for the CLI, where a path
 * stands in front of it.
 */
export function whatIfIssue(issue: Text): MessageRef {
  const v = (key: string, params?: MessageRef["params"]): MessageRef =>
    params ? { key: `validation.${key}`, params } : { key: `validation.${key}` };
  const param = (name: string) => {
    const value = issue.params?.[name];
    return typeof value === "number" ? value : Number(value);
  };
  switch (issue.key) {
    case "engine.validation.required":
      return v("required");
    case "engine.validation.integer":
      return v("notInteger");
    case "engine.validation.number":
    case "engine.validation.finite":
      return v("notNumber");
    case "engine.validation.min":
      return v("tooSmallNumber", { minimum: param("min") });
    case "engine.validation.max":
      return v("tooBigNumber", { maximum: param("max") });
    case "engine.validation.remoteUsers":
    case "engine.validation.itUsers":
      return v("aboveHeadcount", { headcount: param("headcount") });
    case "engine.validation.duplicateService":
      return v("duplicateItem");
    case "engine.validation.historyEmpty":
      return v("historyEmpty");
    default:
      return v("invalid");
  }
}
