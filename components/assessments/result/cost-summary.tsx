import { useFormatter, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { useEngineText } from "@/components/assessments/use-engine-text";
import type { StoredCosts } from "@/lib/domain/assessments/stored-result";
import { ASSUMPTION_UNITS, type ServiceModel } from "@/lib/engine";

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
  // Results of engines before 2026.12.1 carry no band: their table shows what they stored.
  const banded = MODELS.every((m) => typeof costs[m].totalLow === "number" && typeof costs[m].totalHigh === "number");
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
            {banded ? <Th className="text-right">{t("range", { months: costs.horizonMonths })}</Th> : null}
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
              {banded ? (
                <Td className="text-right tabular-nums text-slate-700">
                  {t("rangeValue", { low: money(costs[m].totalLow ?? 0), high: money(costs[m].totalHigh ?? 0) })}
                </Td>
              ) : null}
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

/**
 * Every assumption a result may hold: today's (engine 2026.12.1 on) and those older stored results
 * used, so a result shows with its own names whatever engine computed it.
 */
const LEGACY_UNITS = {
  downtimeHoursPerIncident: "hours",
  downtimeCostPerHour: "money",
  managedFeePerUserMonth: "money",
  hybridFeePerUserMonth: "money",
} as const;
const UNITS: Readonly<Record<string, "money" | "count" | "hours" | "months">> = {
  ...LEGACY_UNITS,
  ...ASSUMPTION_UNITS,
};
type NamedAssumption = keyof typeof ASSUMPTION_UNITS | keyof typeof LEGACY_UNITS;
const SOURCES = ["input", "tenant", "default", "derived", "assessment", "priceList", "history", "estimate"] as const;

/** The assumptions the comparison used, and where each value came from. */
export function Assumptions({ costs, currency }: { costs: StoredCosts; currency: string }) {
  const t = useTranslations("assessments.result.assumptions");
  const format = useFormatter();
  const values = costs.assumptions as Record<string, number>;
  const sources = costs.assumptionSources as Record<string, string>;
  const keys = Object.keys(values).filter((k) => k in UNITS && typeof values[k] === "number") as NamedAssumption[];
  const known = (s: string | undefined): s is (typeof SOURCES)[number] =>
    (SOURCES as readonly string[]).includes(s ?? "");
  return (
    <Table data-testid="assumptions">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <Th>{t("assumption")}</Th>
          <Th className="text-right">{t("value")}</Th>
          <Th>{t("source")}</Th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => {
          const source = sources[k];
          return (
            <tr key={k} className="border-t border-slate-100">
              <Td>{t(`names.${k}`)}</Td>
              <Td className="text-right tabular-nums">
                {UNITS[k] === "money"
                  ? format.number(values[k]!, { style: "currency", currency })
                  : format.number(values[k]!)}
              </Td>
              <Td className="text-slate-600">{known(source) ? t(`sources.${source}`) : null}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
