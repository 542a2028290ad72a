import type catalog from "@/messages/en/engine.json";

/**
 * The engine speaks codes: every human text in its output is a catalog key (a message of
 * messages/<locale>/engine.json, whole path, "engine.reason.lead.HYBRID") with parameters, never a
 * sentence. Pages, components and the CLI render them in the reader's locale
 * (lib/i18n/engine-text.ts), so a stored result reads in any language tomorrow.
 *
 * The key type is derived from the English catalog (a type-only import: nothing of the JSON is
 * bundled with the engine), so a key that is not in the catalog is a type error.
 */
type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type EngineKey = Leaves<typeof catalog, "engine.">;

/** A parameter: a value, another text, or a list of them ("a, b and c"). */
export type TextParam = string | number | Text | TextList;

export interface Text {
  key: EngineKey;
  params?: Readonly<Record<string, TextParam>>;
}

export interface TextList {
  list: readonly TextParam[];
  /** "a, b and c" (conjunction) or "a, b or c" (disjunction), in the reader's language. */
  type: "conjunction" | "disjunction";
}

export function text(key: EngineKey, params?: Readonly<Record<string, TextParam>>): Text {
  return params === undefined ? { key } : { key, params };
}

export function textList(items: readonly TextParam[], type: TextList["type"] = "conjunction"): TextList {
  return { list: items, type };
}
