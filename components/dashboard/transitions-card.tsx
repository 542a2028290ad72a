import { useFormatter, useTranslations } from "next-intl";
import { Fragment } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { monthDate } from "@/components/dashboard/month-label";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { MODELS } from "@/lib/vocabulary";

/** Moves between models in the period with conversion rates; joins and departures per model. */
export function TransitionsCard({
  transitions,
  period,
}: {
  transitions: DashboardData["transitions"];
  period: DashboardData["period"];
}) {
  const t = useTranslations("dashboard.transitions");
  const tc = useTranslations("common");
  const format = useFormatter();
  const month = (m: string) => format.dateTime(monthDate(m), { month: "long", year: "numeric" });
  const percent = (r: number) => format.number(r, { style: "percent", maximumFractionDigits: 0 });
  const groups = (["forward", "backward"] as const).map((direction) => ({
    direction,
    rows: transitions.rows.filter((r) => r.direction === direction),
  }));
  return (
    <Card className="lg:col-span-2">
      <CardHeader
        title={t("title")}
        description={t("description", { from: month(period.fromMonth), to: month(period.toMonth) })}
      />
      <CardBody className="space-y-6">
        <Table data-testid="transitions-table" aria-describedby="rate-hint">
          <thead>
            <tr>
              <Th>{t("move")}</Th>
              <Th className="text-right">{t("moves")}</Th>
              <Th className="text-right">{t("rate")}</Th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <Fragment key={group.direction}>
                <tr>
                  <th
                    scope="colgroup"
                    colSpan={3}
                    className="bg-slate-50 px-4 py-1.5 text-left text-xs font-semibold text-slate-600"
                  >
                    {t(group.direction)}
                  </th>
                </tr>
                {group.rows.map((row) => (
                  <Tr key={`${row.from}-${row.to}`} data-testid={`transition-${row.from}-${row.to}`}>
                    <Td>
                      {t("moveLabel", { from: tc(`serviceModel.${row.from}`), to: tc(`serviceModel.${row.to}`) })}
                    </Td>
                    <Td className="text-right tabular-nums" data-testid="moves">
                      {format.number(row.moves)}
                    </Td>
                    <Td className="text-right tabular-nums">
                      {row.rate === null ? (
                        <span className="text-slate-600" title={t("noneOnModel")}>
                          <span aria-hidden="true">{t("notApplicable")}</span>
                          <span className="sr-only">{t("noneOnModel")}</span>
                        </span>
                      ) : (
                        <>
                          <span className="font-medium text-slate-900" data-testid="rate">
                            {percent(row.rate)}
                          </span>
                          <span className="block text-xs text-slate-600">
                            {t("rateOf", { organizations: row.organizations, exposed: row.exposed })}
                          </span>
                        </>
                      )}
                    </Td>
                  </Tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </Table>
        <p id="rate-hint" className="text-xs text-slate-600">
          {t("rateHint")}
        </p>
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{t("joinedLeft")}</h3>
          <Table data-testid="joined-left-table" className="mt-2" aria-describedby="joined-hint">
            <thead>
              <tr>
                <Th>{t("model")}</Th>
                <Th className="text-right">{t("joined")}</Th>
                <Th className="text-right">{t("left")}</Th>
              </tr>
            </thead>
            <tbody>
              {MODELS.map((model) => {
                const leftRate = transitions.leftRate[model];
                return (
                  <Tr key={model}>
                    <Td>{tc(`serviceModel.${model}`)}</Td>
                    <Td className="text-right tabular-nums">{format.number(transitions.joined[model])}</Td>
                    <Td className="text-right tabular-nums">
                      {format.number(transitions.left[model])}
                      {leftRate !== null && transitions.left[model] > 0 ? (
                        <span className="block text-xs text-slate-600">
                          {t("leftRate", { rate: percent(leftRate) })}
                        </span>
                      ) : null}
                    </Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
          <p id="joined-hint" className="mt-2 text-xs text-slate-600">
            {t("joinedHint")}
          </p>
        </div>
      </CardBody>
    </Card>
  );
}
