import { createFormatter, createTranslator } from "use-intl/core";
import { CATALOGS, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";

export const TIME_ZONE = "UTC";

/** A translator usable outside React (server actions, route handlers, PDFs, tests). */
export function translator(locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({ locale, messages: CATALOGS[locale], timeZone: TIME_ZONE });
}

export function formatter(locale: Locale = DEFAULT_LOCALE) {
  return createFormatter({ locale, timeZone: TIME_ZONE });
}

export type Translate = ReturnType<typeof translator>;

/** Translates a key that is only known at run time (error codes, enum labels). */
export function tKey(t: Translate, key: string, params?: Record<string, string | number>): string {
  return (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
}
