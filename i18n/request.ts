import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "@/lib/i18n/catalog";
import { isLocale, LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { TIME_ZONE } from "@/lib/i18n/translate";

// No URL prefix: the locale comes from a cookie, then Accept-Language. A part of a page asked for in
// another locale (getTranslations({ locale }), e.g. a review in its organization's report language)
// gets that locale's catalog.
export default getRequestConfig(async ({ locale: asked }) => {
  if (asked && isLocale(asked)) return { locale: asked, messages: CATALOGS[asked], timeZone: TIME_ZONE };
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  return { locale, messages: CATALOGS[locale], timeZone: TIME_ZONE };
});
