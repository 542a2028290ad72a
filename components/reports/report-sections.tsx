import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import {
  BUDGET_KINDS,
  type BudgetKind,
  type BudgetLine,
  type Priority,
  type ReportNarrative,
  type ReportRecommendation,
  type RoadmapItem,
} from "@/lib/reports/content";
import type { Locale } from "@/lib/i18n/catalog";
import { budgetTotals, formatMoney, quarterParams } from "@/lib/reports/format";

const PRIORITY_TONE = { high: "danger", medium: "warning", low: "neutral" } as const satisfies Record<Priority, string>;
const ROADMAP_TONE = {
  planned: "neutral",
  in_progress: "info",
  done: "success",
  blocked: "danger",
} as const satisfies Record<RoadmapItem["status"], string>;
const BUDGET_TONE = { run: "success", project: "info" } as const satisfies Record<BudgetKind, string>;

export async function NarrativeSection({ narrative, locale }: { narrative: ReportNarrative; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "reports" });
  const parts = [
    ["highlights", narrative.highlights],
    ["risks", narrative.risks],
    ["decisionsNeeded", narrative.decisionsNeeded],
  ] as const;
  return (
    <Card>
      <CardHeader title={t("view.narrativeTitle")} />
      <CardBody className="grid gap-6 md:grid-cols-3">
        {parts.map(([key, value]) => (
          <section key={key} aria-labelledby={`narrative-${key}`} data-testid={`narrative-${key}`}>
            <h3 id={`narrative-${key}`} className="text-sm font-semibold text-slate-900">
              {t(`narrative.${key}`)}
            </h3>
            {value ? (
              <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{value}</p>
            ) : (
              <p className="mt-1 text-sm italic text-slate-600">{t("view.nothingReported")}</p>
            )}
          </section>
        ))}
      </CardBody>
    </Card>
  );
}

export async function RecommendationsSection({ items, locale }: { items: ReportRecommendation[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "reports" });
  return (
    <Card>
      <CardHeader title={t("view.recommendationsTitle")} />
      <CardBody>
        {items.length === 0 ? (
          <p className="text-sm italic text-slate-600">{t("view.noRecommendations")}</p>
        ) : (
          <ol className="space-y-3" data-testid="recommendations">
            {items.map((r, i) => (
              <li key={i} className="flex flex-wrap items-start gap-3">
                <Badge tone={PRIORITY_TONE[r.priority]}>{t(`priority.${r.priority}`)}</Badge>
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium text-slate-900">{r.title}</p>
                  {r.detail ? <p className="whitespace-pre-line text-sm text-slate-700">{r.detail}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}

export async function RoadmapSection({ items, locale }: { items: RoadmapItem[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "reports" });
  return (
    <Card>
      <CardHeader title={t("view.roadmapTitle")} />
      {items.length === 0 ? (
        <CardBody>
          <p className="text-sm italic text-slate-600">{t("view.noRoadmap")}</p>
        </CardBody>
      ) : (
        <Table data-testid="roadmap">
          <thead>
            <tr>
              <Th>{t("roadmap.item")}</Th>
              <Th>{t("roadmap.status")}</Th>
              <Th>{t("roadmap.targetQuarter")}</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <Tr key={i}>
                <Td>{item.title}</Td>
                <Td>
                  <Badge tone={ROADMAP_TONE[item.status]}>{t(`roadmapStatus.${item.status}`)}</Badge>
                </Td>
                <Td className="whitespace-nowrap">{t("quarter", quarterParams(item.targetQuarter))}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export async function BudgetSection({
  lines,
  currency,
  locale,
}: {
  lines: BudgetLine[];
  currency: string;
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "reports" }), getFormatter({ locale })]);
  const totals = budgetTotals(lines);
  return (
    <Card>
      <CardHeader title={t("view.budgetTitle")} description={t("view.budgetDescription")} />
      {lines.length === 0 ? (
        <CardBody>
          <p className="text-sm italic text-slate-600">{t("view.noBudget")}</p>
        </CardBody>
      ) : (
        <Table data-testid="budget">
          <thead>
            <tr>
              <Th>{t("budget.label")}</Th>
              <Th>{t("budget.kind")}</Th>
              <Th className="text-right">{t("budget.amount")}</Th>
              <Th>{t("budget.note")}</Th>
            </tr>
          </thead>
          <tbody>
            {BUDGET_KINDS.flatMap((kind) =>
              lines
                .filter((l) => l.kind === kind)
                .map((line, i) => (
                  <Tr key={`${kind}-${i}`}>
                    <Td>{line.label}</Td>
                    <Td>
                      <Badge tone={BUDGET_TONE[kind]}>{t(`budgetKind.${kind}`)}</Badge>
                    </Td>
                    <Td className="text-right tabular-nums">{formatMoney(format, line.amount, currency)}</Td>
                    <Td className="text-slate-700">{line.note ?? ""}</Td>
                  </Tr>
                )),
            )}
          </tbody>
          <tfoot className="border-t-2 border-slate-200 text-sm">
            <tr>
              <th scope="row" colSpan={2} className="px-4 py-2 text-left font-medium text-slate-700">
                {t("budget.runTotal")}
              </th>
              <td className="px-4 py-2 text-right tabular-nums" data-testid="budget-run-total">
                {formatMoney(format, totals.run, currency)}
              </td>
              <td />
            </tr>
            <tr>
              <th scope="row" colSpan={2} className="px-4 py-2 text-left font-medium text-slate-700">
                {t("budget.projectTotal")}
              </th>
              <td className="px-4 py-2 text-right tabular-nums" data-testid="budget-project-total">
                {formatMoney(format, totals.project, currency)}
              </td>
              <td />
            </tr>
          </tfoot>
        </Table>
      )}
    </Card>
  );
}
