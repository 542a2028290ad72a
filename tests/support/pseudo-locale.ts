import { createTranslator } from "use-intl/core";
import { CATALOGS, DEFAULT_LOCALE } from "@/lib/i18n/catalog";
import { TIME_ZONE, tKey } from "@/lib/i18n/translate";
import type { TextRenderer } from "@/lib/i18n/engine-text";

type Tree = { [key: string]: string | Tree };

/** Every message of `tree` with a marker in front; ICU placeholders are left as they are. */
function mark(tree: Tree): Tree {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === "string" ? `⟦ps⟧ ${v}` : mark(v)]));
}

/** The catalog of a test-only pseudo-locale (BCP 47 "en-XA"): English with a visible marker on every message. */
export const PSEUDO_MARK = "⟦ps⟧ ";

/**
 * A translator for the pseudo-locale: proves that text is rendered from the catalog at read time
 * (a stored sentence would come out unmarked), before a second real locale exists.
 */
export function pseudoTranslator() {
  return createTranslator({
    locale: "en-XA",
    messages: mark(CATALOGS[DEFAULT_LOCALE] as unknown as Tree),
    timeZone: TIME_ZONE,
  });
}

/**
 * Engine texts in the pseudo-locale (lib/i18n/engine-text.ts), with German list words, so a test
 * can also see a list inside a sentence follow the renderer rather than the stored row.
 */
export function pseudoRenderer(): TextRenderer {
  const t = pseudoTranslator();
  return {
    t: (key, params) => tKey(t, key, params),
    list: (items, type) => new Intl.ListFormat("de", { type }).format(items),
  };
}
