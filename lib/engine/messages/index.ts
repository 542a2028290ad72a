import { en, type MessageCode, type MessageTable } from "./en";

export type { MessageCode, MessageTable } from "./en";

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

/** What a locale provides: its table and its list/number formatting. */
export interface Catalog {
  readonly messages: MessageTable;
  list(items: readonly string[], kind: "and" | "or"): string;
  number(value: number): string;
}

/** The translator handed to the engine's parts. */
export interface Messages {
  readonly locale: Locale;
  t(code: MessageCode, params?: MessageParams): string;
  list(items: readonly string[], kind?: "and" | "or"): string;
  number(value: number): string;
}

const CATALOGS: Readonly<Record<Locale, Catalog>> = { en };

type Part = { text: string } | { param: string };

function parse(template: string): readonly Part[] {
  const parts: Part[] = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ param: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

function render(parts: readonly Part[], params: MessageParams): string {
  let out = "";
  for (const part of parts) {
    if ("text" in part) {
      out += part.text;
      continue;
    }
    const value = Object.prototype.hasOwnProperty.call(params, part.param) ? params[part.param] : undefined;
    out += value === undefined ? `{${part.param}}` : String(value);
  }
  return out;
}

/** Replaces `{name}` with params.name; an unknown placeholder is left as is (a test forbids it). */
export function interpolate(template: string, params: MessageParams = {}): string {
  return render(parse(template), params);
}

const cache = new Map<Locale, Messages>();

export function getMessages(locale: Locale = "en"): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const catalog = CATALOGS[locale];
  const parsed = new Map<MessageCode, readonly Part[]>();
  const partsOf = (code: MessageCode): readonly Part[] => {
    let parts = parsed.get(code);
    if (!parts) {
      parts = parse(catalog.messages[code]);
      parsed.set(code, parts);
    }
    return parts;
  };
  const messages: Messages = {
    locale,
    t: (code, params = {}) => render(partsOf(code), params),
    list: (items, kind = "and") => catalog.list(items, kind),
    number: (value) => catalog.number(value),
  };
  cache.set(locale, messages);
  return messages;
}
