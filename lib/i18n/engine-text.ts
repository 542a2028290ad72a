import type { Text, TextList, TextParam } from "@/lib/engine/text";
import { issuePath, type ValidationIssue } from "@/lib/engine/validate";

/**
 * Where the engine's codes meet a person: renders an engine text (a catalog key with parameters,
 * lib/engine/text.ts) in the reader's locale. Used by the result page, the what-if and the CLI,
 * each with its own translator (next-intl's `useTranslations()`, `translator(locale)`).
 *
 * Lenient on purpose: results stored by an older engine hold English sentences (plain strings);
 * they are shown as they were stored. Anything else that is not a text renders as "".
 */
export type TextRenderer = {
  /** Translates a whole catalog key ("engine.reason.lead.HYBRID") with flat parameters. */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Formats a list in the reader's language ("a, b and c"). */
  list: (items: string[], type: TextList["type"]) => string;
};

/** A stored text: today's engine writes a `Text`, engines up to 2026.11.1 wrote an English sentence. */
export type StoredText = string | Text;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A text is exactly `{ key, params? }` (a grid row also has a `key`, but more besides). */
export function isText(value: unknown): value is Text {
  if (!isObject(value) || typeof value.key !== "string") return false;
  const keys = Object.keys(value);
  if (value.params === undefined) return keys.length === 1;
  return keys.length === 2 && isObject(value.params);
}

function isTextList(value: unknown): value is TextList {
  return isObject(value) && Array.isArray(value.list) && (value.type === "conjunction" || value.type === "disjunction");
}

/** True for what `renderText` can show: a stored sentence or a text. */
export function isStoredText(value: unknown): value is StoredText {
  return typeof value === "string" || isText(value);
}

function renderParam(value: TextParam | unknown, r: TextRenderer): string | number {
  if (typeof value === "number" || typeof value === "string") return value;
  if (isTextList(value))
    return r.list(
      value.list.map((item) => String(renderParam(item, r))),
      value.type,
    );
  if (isText(value)) return renderText(value, r);
  return "";
}

export function renderText(value: StoredText | unknown, r: TextRenderer): string {
  if (typeof value === "string") return value;
  if (!isText(value)) return "";
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(value.params ?? {})) params[name] = renderParam(param, r);
  return r.t(value.key, params);
}

/**
 * Validation issues as lines, `path: message` (e.g. `[1].remoteUsers: must be less than or equal
 * to headcount (12)`), joined with "\n"; `prefix` goes in front of every path (the CLI's `[1]`).
 */
export function issueLines(issues: readonly ValidationIssue[], r: TextRenderer, prefix = ""): string {
  return issues
    .map((issue) => {
      const path = issuePath(issue, prefix);
      return r.t("engine.cli.line", {
        path: path === "" ? r.t("engine.cli.rootPath") : path,
        message: renderText(issue.message, r),
      });
    })
    .join("\n");
}
