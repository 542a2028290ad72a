import { _createCache, createFormatter, createTranslator } from "use-intl/core";
import { CATALOGS, DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/catalog";
import type { TextRenderer } from "@/lib/i18n/engine-text";

export const TIME_ZONE = "UTC";

const COMPILED = Object.fromEntries(LOCALES.map((l) => [l, _createCache()])) as Record<
  Locale,
  ReturnType<typeof _createCache>
>;

/**
 * The locale's compiled messages, kept for the life of the process. use-intl parses an ICU message
 * (intl-messageformat) the first time a translator uses it and keeps the result in its cache;
 * next-intl makes a new cache per request, so every page parsed again each message it used
 * (docs/performance.md, "Issue 20: pages and writes"). What the cache holds is a pure function of
 * the catalog's text and the locale — never a value, a user or a tenant: values are given to each
 * call — and it is bounded by the catalogs. Given as use-intl's `_cache` option, by
 * i18n/request.ts to next-intl and by `translator` below.
 */
export function compiledMessages(locale: Locale) {
  return COMPILED[locale];
}

/** A translator usable outside React (server actions, route handlers, PDFs, tests). */
export function translator(locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({
    locale,
    messages: CATALOGS[locale],
    timeZone: TIME_ZONE,
    _cache: compiledMessages(locale),
  });
}

export function formatter(locale: Locale = DEFAULT_LOCALE) {
  return createFormatter({ locale, timeZone: TIME_ZONE });
}

export type Translate = ReturnType<typeof translator>;

/** Translates a key that is only known at run time (error codes, enum labels). */
export function tKey(t: Translate, key: string, params?: Record<string, string | number>): string {
  return (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
}

/**
 * The edge's half of "codes inside, sentences outside": a stored or returned message (a catalog
 * key with params, or text a person wrote) in the reader's locale. `t` is any root translator
 * (`translator(locale)`, or next-intl's `getTranslations()` / `useTranslations()` without a namespace).
 */
export function renderMessage(
  t: unknown,
  message: { text: string } | { key: string; params?: Record<string, string | number> },
): string {
  return "text" in message ? message.text : tKey(t as Translate, message.key, message.params);
}

/** Renders engine texts (lib/engine/text.ts) outside React: the CLI, tests. */
export function textRenderer(locale: Locale = DEFAULT_LOCALE): TextRenderer {
  const t = translator(locale);
  return {
    t: (key, params) => tKey(t, key, params),
    list: (items, type) => new Intl.ListFormat(locale, { style: "long", type }).format(items),
  };
}
