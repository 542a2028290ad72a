import { useFormatter, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { useEngineText } from "@/components/assessments/use-engine-text";
import type { StoredCosts } from "@/lib/domain/assessments/stored-result";
import { ECONOMICS, type EconomicsKey, type ServiceModel } from "@/lib/engine";

const MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const;

/** Cumulative costs at each year (and the horizon), the break-even, and the cost notes. */
export function CostSummary({
  costs,
  currency,
  recommendation,
  showNotes = true,
}: {
  costs: StoredCosts;
  currency: string;
  recommendation: ServiceModel;
  showNotes?: boolean;
}) {
  const t = useTranslations("assessments.result.costs");
  const say = useEngineText();
  const tc = useTranslations("common");
  const format = useFormatter();
  const money = (v: number) => format.number(v, { style: "currency", currency, maximumFractionDigits: 0 });
  const checkpoints = [
    ...new Set(
      [12, 24, 36, 48, 60, 72, 84, 96, 108, 120].filter((m) => m < costs.horizonMonths).concat(costs.horizonMonths),
    ),
  ];
  return (
    <div className="space-y-4">
      <p className="text-sm font-medium text-slate-900" data-testid="break-even">
        {costs.breakEvenMonth !== null
          ? t("breakEven", { model: tc(`serviceModel.${costs.breakEvenAgainst}`), month: costs.breakEvenMonth })
          : t("noBreakEven", { model: tc(`serviceModel.${costs.breakEvenAgainst}`), months: costs.horizonMonths })}
      </p>
      <Table data-testid="cost-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <Th>{t("model")}</Th>
            <Th className="text-right">{t("perMonthStart")}</Th>
            {checkpoints.map((m) => (
              <Th key={m} className="text-right">
                {t("afterMonths", { months: m })}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MODELS.map((m) => (
            <tr
              key={m}
              className={
                m === recommendation ? "border-t border-slate-100 bg-slate-50 font-medium" : "border-t border-slate-100"
              }
            >
              <Td>{tc(`serviceModel.${m}`)}</Td>
              <Td className="text-right tabular-nums">{money(costs[m].monthly[0] ?? 0)}</Td>
              {checkpoints.map((month) => (
                <Td key={month} className="text-right tabular-nums">
                  {money(costs[m].cumulative[month - 1] ?? 0)}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {showNotes ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="cost-notes">
          {costs.notes.map((n, i) => (
            <li key={i}>{say(n)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The economics the comparison used, and where each value came from. */
export function Assumptions({ costs, currency }: { costs: StoredCosts; currency: string }) {
  const t = useTranslations("assessments.result.assumptions");
  const format = useFormatter();
  const keys = Object.keys(costs.assumptions) as (keyof StoredCosts["assumptions"])[];
  const known = (k: string): k is EconomicsKey => k in ECONOMICS;
  const SOURCES = new Set(["input", "tenant", "default", "derived"]);
  return (
    <Table>
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <Th>{t("assumption")}</Th>
          <Th className="text-right">{t("value")}</Th>
          <Th>{t("source")}</Th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k} className="border-t border-slate-100">
            <Td>{known(k) ? t(`names.${k}`) : k}</Td>
            <Td className="text-right tabular-nums">
              {known(k) && ECONOMICS[k].unit === "money"
                ? format.number(costs.assumptions[k], { style: "currency", currency })
                : format.number(costs.assumptions[k])}
            </Td>
            <Td className="text-slate-600">
              {SOURCES.has(costs.assumptionSources[k])
                ? t(`sources.${costs.assumptionSources[k]}`)
                : costs.assumptionSources[k]}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
