import { useFormatter, useTranslations } from "next-intl";
import { MODEL_COLORS } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/stat-card";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

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
            <StatCard
              key={model}
              labelClassName="flex items-center gap-2"
              label={
                <>
                  <span
                    aria-hidden="true"
                    className="h-2.5 w-2.5 rounded-full"
                    style={{ backgroundColor: MODEL_COLORS[model] }}
                  />
                  {tc(`serviceModel.${model}`)}
                </>
              }
              value={format.number(clients)}
              valueTestId={`model-count-${model}`}
              detail={
                now.active > 0
                  ? t("shareAndUsers", {
                      share: format.number(clients / now.active, { style: "percent", maximumFractionDigits: 0 }),
                      users,
                    })
                  : t("users", { count: users })
              }
            />
          );
        })}
        <StatCard
          label={t("totalTitle")}
          value={format.number(now.active)}
          valueTestId="active-total"
          detail={t("others", { prospects: now.prospects, former: now.former })}
          detailTestId="others-count"
        />
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("hint")}</p>
    </section>
  );
}
