import { useFormatter, useTranslations } from "next-intl";
import { MODEL_COLORS } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

/** Recurring monthly revenue by model from the tenant's pricing; break-fix has none. */
export function RevenueCard({ revenue, currency }: { revenue: DashboardData["revenue"]; currency: string }) {
  const t = useTranslations("dashboard.revenue");
  const tc = useTranslations("common");
  const format = useFormatter();
  const money = (n: number, digits = 0) =>
    format.number(n, { style: "currency", currency, maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-4">
        <div>
          <p className="text-sm text-slate-600">{t("total")}</p>
          <p className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="revenue-total">
            {money(revenue.total)}
          </p>
        </div>
        <ul className="divide-y divide-slate-100">
          {MODELS.map((model) => {
            const r = revenue[model];
            return (
              <li key={model} className="py-3" data-testid={`revenue-${model}`}>
                <div className="flex items-baseline justify-between gap-3">
                  <span className="flex items-center gap-2 text-sm font-medium text-slate-800">
                    <span
                      aria-hidden="true"
                      className="h-2.5 w-2.5 rounded-full"
                      style={{ backgroundColor: MODEL_COLORS[model] }}
                    />
                    {tc(`serviceModel.${model}`)}
                  </span>
                  <span className="text-sm font-semibold tabular-nums text-slate-900">
                    {r.monthly === null ? tc("none") : money(r.monthly)}
                  </span>
                </div>
                <p className="mt-0.5 text-xs text-slate-600">
                  {r.feePerUser === null
                    ? t("breakFix")
                    : r.clients === 0
                      ? t("noClients")
                      : r.backups
                        ? t("hybridPackage", {
                            users: r.users,
                            fee: money(r.feePerUser, 2),
                            endpoints: r.backups.endpoints,
                            perEndpoint: money(r.backups.perEndpoint, 2),
                          })
                        : t("perUser", { users: r.users, fee: money(r.feePerUser, 2) })}
                </p>
                {r.clients > 0 && r.backups && r.backups.estimated > 0 ? (
                  <p className="mt-0.5 text-xs text-slate-600" data-testid="revenue-endpoints-assumed">
                    {t("endpointsAssumed", { count: r.backups.estimated })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </CardBody>
    </Card>
  );
}
