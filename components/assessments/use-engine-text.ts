import { useFormatter, useTranslations } from "next-intl";
import { renderText, type StoredText, type TextRenderer } from "@/lib/i18n/engine-text";

/**
 * Renders the engine's texts (codes with parameters, or the sentences older results stored) in
 * the reader's locale. Works in server components and in client components; the latter need the
 * `engine` messages from their page (ClientMessages).
 */
export function useEngineText(): (value: StoredText) => string {
  const t = useTranslations();
  const format = useFormatter();
  const renderer: TextRenderer = {
    t: (key, params) => (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params),
    list: (items, type) => format.list(items, { type }),
  };
  return (value) => renderText(value, renderer);
}
