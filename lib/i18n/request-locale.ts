import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, resolveLocale } from "@/lib/i18n/locale";

/** The locale of the current request; English outside a request (tests, scripts). */
export async function requestLocale(): Promise<Locale> {
  try {
    const { cookies, headers } = await import("next/headers");
    const [c, h] = await Promise.all([cookies(), headers()]);
    return resolveLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Makes this browser read Mainstay in `locale` from the next response on (a server action or a
 * route handler: where Next lets a response set cookies). Outside a request (scripts) it does nothing.
 */
export async function rememberLocale(locale: Locale): Promise<void> {
  let jar;
  try {
    const { cookies } = await import("next/headers");
    jar = await cookies();
  } catch {
    return;
  }
  jar.set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS);
}
