import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/catalog";

/** How a missing figure reads everywhere: words, never a zero (in the report's language). */
export async function NoData({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <span className="text-sm font-normal italic text-slate-600" data-testid="no-data">
      {t("noData")}
    </span>
  );
}
