import { useTranslations } from "next-intl";

/** How a missing figure reads everywhere: words, never a zero. */
export function NoData() {
  const t = useTranslations("reports");
  return (
    <span className="text-sm font-normal italic text-slate-600" data-testid="no-data">
      {t("noData")}
    </span>
  );
}
