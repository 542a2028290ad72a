import { useTranslations } from "next-intl";
import { MODEL_COLORS } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

/** Median days on each model before moving to another, over the period's moves. */
export function StaysCard({ stays }: { stays: DashboardData["stays"] }) {
  const t = useTranslations("dashboard.stays");
  const tc = useTranslations("common");
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody>
        <dl className="divide-y divide-slate-100">
          {MODELS.map((model) => {
            const s = stays[model];
            return (
              <div key={model} className="py-3" data-testid={`stay-${model}`}>
                <dt className="flex items-center gap-2 text-sm font-medium text-slate-800">
                  <span
                    aria-hidden="true"
                    className="h-2.5 w-2.5 rounded-full"
                    style={{ backgroundColor: MODEL_COLORS[model] }}
                  />
                  {tc(`serviceModel.${model}`)}
                </dt>
                <dd className="mt-0.5">
                  {s.median === null ? (
                    <span className="text-sm text-slate-600">{t("none")}</span>
                  ) : (
                    <>
                      <span className="text-xl font-semibold tabular-nums text-slate-900">
                        {t("days", { days: Math.round(s.median) })}
                      </span>
                      <span className="ml-2 text-xs text-slate-600">{t("basedOn", { moves: s.moves })}</span>
                    </>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </CardBody>
    </Card>
  );
}
