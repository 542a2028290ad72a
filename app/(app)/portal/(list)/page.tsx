import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/catalog";
import Link from "next/link";
import { TrendCharts } from "@/components/reports/trend-charts";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { listPortalReports } from "@/lib/domain/reports/list-portal-reports";
import { formatPeriod } from "@/lib/reports/format";

export async function generateMetadata() {
  const t = await getTranslations("portal");
  return { title: t("title") };
}

/** A client's service reviews, by month (published ones only), with the trend of the last 12 months. */
export default async function PortalPage() {
  const actor = await requirePage("portal.read");
  const [t, format, locale] = await Promise.all([getTranslations("portal"), getFormatter(), getLocale()]);
  const data = await scoped(actor, (tx) => listPortalReports(tx, actor));
  const years = [...new Set(data.reports.map((r) => r.period.slice(0, 4)))];
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { organization: data.organizationName, msp: data.mspName })}
      />
      {data.reports.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("empty", { msp: data.mspName })} />
      ) : (
        <div className="space-y-6">
          {years.map((year) => (
            <Card key={year}>
              <CardHeader title={year} />
              <ul className="divide-y divide-slate-100" data-testid="portal-reports">
                {data.reports
                  .filter((r) => r.period.startsWith(year))
                  .map((r) => (
                    <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                      <div>
                        <Link
                          href={`/portal/reports/${r.id}`}
                          prefetch={false}
                          className="font-medium text-brand-700 hover:underline"
                          data-testid="portal-report-link"
                        >
                          {formatPeriod(format, r.period)}
                        </Link>
                        {r.publishedAt ? (
                          <p className="text-xs text-slate-600">
                            {t("publishedOn", { date: format.dateTime(r.publishedAt, { dateStyle: "medium" }) })}
                          </p>
                        ) : null}
                      </div>
                      <div className="flex items-center gap-2 text-xs text-slate-600" data-testid="portal-report-state">
                        {r.comments > 0 ? <span>{t("comments", { count: r.comments })}</span> : null}
                        {r.acknowledgedAt ? (
                          <Badge tone="success">{t("acknowledged")}</Badge>
                        ) : r.readAt ? (
                          <Badge tone="neutral">{t("read")}</Badge>
                        ) : (
                          <Badge tone="info">{t("toRead")}</Badge>
                        )}
                      </div>
                    </li>
                  ))}
              </ul>
            </Card>
          ))}
          <TrendCharts points={data.trend} locale={locale as Locale} />
        </div>
      )}
    </>
  );
}
