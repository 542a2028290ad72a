import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "@/lib/i18n/catalog";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { TIME_ZONE } from "@/lib/i18n/translate";

// No URL prefix: the locale comes from a cookie, then Accept-Language.
export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  return { locale, messages: CATALOGS[locale], timeZone: TIME_ZONE };
});
