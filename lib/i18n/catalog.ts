import auth from "@/messages/en/auth.json";
import common from "@/messages/en/common.json";
import errors from "@/messages/en/errors.json";
import home from "@/messages/en/home.json";
import nav from "@/messages/en/nav.json";
import validation from "@/messages/en/validation.json";

/**
 * The message catalogs, one JSON file per namespace under messages/<locale>/.
 * Add a namespace: create messages/en/<name>.json and import it here.
 * A French catalog will sit beside English with the same keys (tests/unit/i18n
 * checks that every locale has every key).
 */
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const en = { auth, common, errors, home, nav, validation };

export type Messages = typeof en;
export const CATALOGS: Record<Locale, Messages> = { en };
