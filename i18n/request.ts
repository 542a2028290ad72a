import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { CATALOGS, type Locale } from "@/lib/i18n/catalog";
import { isLocale, LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { compiledMessages, TIME_ZONE } from "@/lib/i18n/translate";

// No URL prefix: the locale comes from a cookie, then Accept-Language. A part of a page asked for in
// another locale (getTranslations({ locale }), e.g. a review in its organization's report language)
// gets that locale's catalog.
// `_cache`: the locale's compiled messages, shared by every request (lib/i18n/translate.ts).
const config = (locale: Locale) => ({
  locale,
  messages: CATALOGS[locale],
  timeZone: TIME_ZONE,
  _cache: compiledMessages(locale),
});

export default getRequestConfig(async ({ locale: asked }) => {
  if (asked && isLocale(asked)) return config(asked);
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return config(resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language")));
});
