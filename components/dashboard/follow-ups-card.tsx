import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { dayDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";

/** Scoping-call follow-ups due today or overdue: how many, and the oldest few. */
export function FollowUpsCard({ followUps }: { followUps: DashboardData["followUps"] }) {
  const t = useTranslations("dashboard.followUps");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader
        title={t("title")}
        actions={
          <ButtonLink href="/follow-ups" size="sm" variant="secondary">
            {t("viewAll")}
          </ButtonLink>
        }
      />
      <CardBody>
        <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="follow-ups-count">
          {t("count", { count: followUps.total })}
        </p>
        {followUps.items.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100" data-testid="follow-ups-list">
            {followUps.items.map((f) => (
              <li key={f.callId} className="py-2">
                <Link
                  href={`/organizations/${f.organizationId}`}
                  className="text-sm font-medium text-brand-700 hover:underline"
                >
                  {f.organizationName}
                </Link>
                <span className="block text-xs font-medium text-amber-900">
                  {t("due", { date: format.dateTime(dayDate(f.followUpDate), { dateStyle: "medium" }) })}
                </span>
                <span className="block truncate text-xs text-slate-600" title={f.nextSteps}>
                  {f.nextSteps}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
