import { useFormatter, useTranslations } from "next-intl";
import { MODEL_COLORS } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/stats/types";

/** Active clients on each model now, their share and headcount; the total with prospects and former clients. */
export function ModelCards({ now }: { now: DashboardData["now"] }) {
  const t = useTranslations("dashboard.now");
  const tc = useTranslations("common");
  const format = useFormatter();
  return (
    <section aria-labelledby="now-title" className="mb-6">
      <h2 id="now-title" className="sr-only">
        {t("title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {MODELS.map((model) => {
          const { clients, users } = now.byModel[model];
          return (
            <Card key={model} as="article">
              <CardBody>
                <p className="flex items-center gap-2 text-sm font-medium text-slate-700">
                  <span aria-hidden="true" className="h-2.5 w-2.5 rounded-full" style={{ backgroundColor: MODEL_COLORS[model] }} />
                  {tc(`serviceModel.${model}`)}
                </p>
                <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900" data-testid={`model-count-${model}`}>
                  {format.number(clients)}
                </p>
                <p className="mt-1 text-xs text-slate-600">
                  {now.active > 0
                    ? t("shareAndUsers", { share: format.number(clients / now.active, { style: "percent", maximumFractionDigits: 0 }), users })
                    : t("users", { count: users })}
                </p>
              </CardBody>
            </Card>
          );
        })}
        <Card as="article">
          <CardBody>
            <p className="text-sm font-medium text-slate-700">{t("totalTitle")}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900" data-testid="active-total">
              {format.number(now.active)}
            </p>
            <p className="mt-1 text-xs text-slate-600" data-testid="others-count">
              {t("others", { prospects: now.prospects, former: now.former })}
            </p>
          </CardBody>
        </Card>
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("hint")}</p>
    </section>
  );
}
