import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatPeriod } from "@/lib/reports/format";
import { addMonths } from "@/lib/reports/period";

/** Previous / next month links and a month field (a plain GET form: works without JavaScript). */
export function MonthPicker({ period, max, basePath }: { period: string; max: string; basePath: string }) {
  const t = useTranslations("reports.overview");
  const format = useFormatter();
  const prev = addMonths(period, -1);
  const next = addMonths(period, 1);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Link
        href={`${basePath}?period=${prev}`}
        className={buttonClass("secondary", "md")}
        aria-label={t("previousMonth", { month: formatPeriod(format, prev) })}
      >
        ‹
      </Link>
      <form method="get" data-search-form="report-month" action={basePath} className="flex items-end gap-2">
        <label className="text-sm">
          <span className="sr-only">{t("month")}</span>
          <input
            type="month"
            name="period"
            defaultValue={period}
            max={max}
            className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
          />
        </label>
        <button type="submit" className={buttonClass("secondary", "md")}>
          {t("show")}
        </button>
      </form>
      {next <= max ? (
        <Link
          href={`${basePath}?period=${next}`}
          className={buttonClass("secondary", "md")}
          aria-label={t("nextMonth", { month: formatPeriod(format, next) })}
        >
          ›
        </Link>
      ) : null}
    </div>
  );
}
