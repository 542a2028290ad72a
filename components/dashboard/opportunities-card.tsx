import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, ModelBadge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { dayDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";

/** Organizations whose latest final assessment recommends another model, largest cost gap first. */
export function OpportunitiesCard({
  opportunities,
  currency,
}: {
  opportunities: DashboardData["opportunities"];
  currency: string;
}) {
  const t = useTranslations("dashboard.opportunities");
  const tc = useTranslations("common");
  const format = useFormatter();
  const money = (n: number) => format.number(n, { style: "currency", currency, maximumFractionDigits: 0 });
  const more = opportunities.total - opportunities.items.length;
  return (
    <Card className="lg:col-span-2">
      <CardHeader
        title={t("title")}
        description={t("description")}
        actions={
          <span className="text-sm font-medium text-slate-700" data-testid="opportunities-count">
            {t("count", { count: opportunities.total })}
          </span>
        }
      />
      <CardBody>
        {opportunities.items.length === 0 ? (
          <EmptyState title={t("count", { count: 0 })} description={t("empty")} />
        ) : (
          <>
            <Table data-testid="opportunities-table" aria-describedby="gap-hint">
              <thead>
                <tr>
                  <Th>{t("organization")}</Th>
                  <Th>{t("current")}</Th>
                  <Th>{t("recommended")}</Th>
                  <Th className="text-right">{t("gap")}</Th>
                </tr>
              </thead>
              <tbody>
                {opportunities.items.map((o) => (
                  <Tr key={o.id}>
                    <Td>
                      <Link href={`/organizations/${o.id}`} className="font-medium text-brand-700 hover:underline">
                        {o.name}
                      </Link>
                      {o.lifecycleStatus === "PROSPECT" ? <Badge className="ml-2">{t("prospect")}</Badge> : null}
                      <span className="block text-xs text-slate-600">
                        {t("assessed", { date: format.dateTime(dayDate(o.finalizedAt), { dateStyle: "medium" }) })}
                      </span>
                    </Td>
                    <Td>
                      <ModelBadge model={o.currentModel} label={tc(`serviceModel.${o.currentModel}`)} />
                    </Td>
                    <Td>
                      <ModelBadge model={o.recommendation} label={tc(`serviceModel.${o.recommendation}`)} />
                    </Td>
                    <Td className="text-right tabular-nums">
                      {o.costGap === null
                        ? t("unknownGap")
                        : o.costGap > 0
                          ? t("saves", { amount: money(o.costGap) })
                          : o.costGap < 0
                            ? t("costsMore", { amount: money(-o.costGap) })
                            : t("noGap")}
                    </Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
            {more > 0 ? <p className="mt-2 text-sm text-slate-600">{t("more", { count: more })}</p> : null}
            <p id="gap-hint" className="mt-3 text-xs text-slate-600">
              {t("gapHint")}
            </p>
          </>
        )}
      </CardBody>
    </Card>
  );
}
