import { IntlMessageFormat } from "intl-messageformat";

/**
 * Every ICU message use-intl formats builds an IntlMessageFormat, whose constructor resolves
 * its locale with `Intl.NumberFormat.supportedLocalesOf` — in a browser, the first call makes
 * the engine list every locale it has: 40–90 ms on this machine's Chromium, four times that on
 * Lighthouse's phone, spent while the page hydrates (the first client component that formats
 * a message with a value). Mainstay's locales are its catalogs' ("en", "fr"), which every
 * browser has, so the list is not needed: the locale is taken as given. `resolveLocale` is
 * IntlMessageFormat's public static for this. Imported by instrumentation-client.ts, before
 * the app's code; `message-locale.test.ts` checks messages format as before.
 */
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? locales[0]! : locales);
