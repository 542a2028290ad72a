import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/catalog";

export const LOCALE_COOKIE = "mainstay_locale";
/** The locale cookie is a preference, not a secret: a year, the whole site, sent on top-level navigations. */
export const LOCALE_COOKIE_OPTIONS = {
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
  sameSite: "lax",
  httpOnly: true,
} as const;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Locale from the cookie, then Accept-Language, then English. */
export function resolveLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (cookie && isLocale(cookie)) return cookie;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    const base = tag.split("-")[0] ?? "";
    if (isLocale(tag)) return tag;
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** The same, from a request's headers (the locale cookie inside `cookie`, and Accept-Language). */
export function localeFromHeaders(headers: Headers): Locale {
  const cookie = (headers.get("cookie") ?? "")
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie, headers.get("accept-language"));
}
