import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

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
