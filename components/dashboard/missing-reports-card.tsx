import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { monthDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";

/** Active hybrid and managed clients with no steering report for the current month. */
export function MissingReportsCard({ reports }: { reports: DashboardData["reports"] }) {
  const t = useTranslations("dashboard.reports");
  const format = useFormatter();
  const month = format.dateTime(monthDate(reports.period), { month: "long", year: "numeric" });
  const more = reports.missing - reports.items.length;
  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={t("description", { month })}
        actions={
          <ButtonLink href="/reports" size="sm" variant="secondary">
            {t("viewAll")}
          </ButtonLink>
        }
      />
      <CardBody>
        <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="reports-missing-count">
          {t("count", { missing: reports.missing, expected: reports.expected })}
        </p>
        {reports.expected === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noneExpected", { month })}</p>
        ) : reports.items.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("empty", { month })}</p>
        ) : (
          <ul className="mt-3 space-y-1" data-testid="reports-missing-list">
            {reports.items.map((o) => (
              <li key={o.id}>
                <Link href={`/organizations/${o.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                  {o.name}
                </Link>
              </li>
            ))}
            {more > 0 ? <li className="text-sm text-slate-600">{t("more", { count: more })}</li> : null}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
