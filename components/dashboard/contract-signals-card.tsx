import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, ModelBadge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { dayDate } from "@/components/dashboard/month-label";
import type { ContractSignals } from "@/lib/domain/interventions/list-contract-signals";

/**
 * The time-and-materials-to-contract signal: break-fix clients whose billed interventions of the
 * last 12 months approach or pass what their recommended recurring service would cost in a year.
 * Server-rendered (no chart library): each row's bar is the billed share of that yearly cost.
 */
export async function ContractSignalsCard({ signals, currency }: { signals: ContractSignals; currency: string }) {
  const [t, tc, format] = await Promise.all([
    getTranslations("dashboard.contractSignals"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const money = (n: number) => format.number(n, { style: "currency", currency, maximumFractionDigits: 0 });
  const day = (iso: string) => format.dateTime(dayDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  const more = signals.total - signals.items.length;
  return (
    <Card className="mt-6">
      <CardHeader
        id="contract-signals"
        title={t("title")}
        description={t("description", {
          threshold: format.number(signals.threshold, { style: "percent" }),
          from: day(signals.from),
          to: day(signals.to),
        })}
        actions={
          <span className="text-sm font-medium text-slate-700" data-testid="contract-signals-count">
            {t("count", { count: signals.total })}
          </span>
        }
      />
      <CardBody>
        {signals.items.length === 0 ? (
          <EmptyState title={t("count", { count: 0 })} description={t("empty")} />
        ) : (
          <Table data-testid="contract-signals-table">
            <thead>
              <tr>
                <Th>{t("organization")}</Th>
                <Th className="text-right">{t("billed")}</Th>
                <Th>{t("recurring")}</Th>
                <Th className="w-1/4">{t("ratio")}</Th>
              </tr>
            </thead>
            <tbody>
              {signals.items.map((s) => (
                <Tr key={s.organizationId}>
                  <Td>
                    <Link
                      href={`/organizations/${s.organizationId}#interventions`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {s.name}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {t("interventions", { count: s.interventions, hours: format.number(s.hours) })}
                    </span>
                  </Td>
                  <Td className="text-right tabular-nums">{money(s.billed)}</Td>
                  <Td>
                    <ModelBadge model={s.model} label={tc(`serviceModel.${s.model}`)} />
                    <span className="block text-xs tabular-nums text-slate-600">
                      {t.rich("recurringYear", {
                        amount: money(s.recurringYear),
                        date: day(s.finalizedAt),
                        link: (chunks) => (
                          <Link
                            href={`/organizations/${s.organizationId}/assessments/${s.assessmentId}`}
                            className="underline"
                          >
                            {chunks}
                          </Link>
                        ),
                      })}
                    </span>
                  </Td>
                  <Td>
                    <div className="flex items-center gap-2">
                      <div
                        className="h-2 flex-1 overflow-hidden rounded bg-slate-200"
                        role="meter"
                        aria-label={t("ratioLabel", { name: s.name })}
                        aria-valuemin={0}
                        aria-valuemax={100}
                        aria-valuenow={Math.min(100, Math.round(s.ratio * 100))}
                        aria-valuetext={format.number(s.ratio, { style: "percent" })}
                      >
                        <div
                          className={s.ratio >= 1 ? "h-full bg-amber-600" : "h-full bg-sky-600"}
                          style={{ width: `${Math.min(100, s.ratio * 100)}%` }}
                        />
                      </div>
                      <span className="w-14 text-right text-sm tabular-nums">
                        {format.number(s.ratio, { style: "percent" })}
                      </span>
                      {s.ratio >= 1 ? <Badge>{t("exceeds")}</Badge> : null}
                    </div>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        {more > 0 ? <p className="mt-2 text-sm text-slate-600">{t("more", { count: more })}</p> : null}
        <p className="mt-3 text-xs text-slate-600">{t("source", { unassessed: signals.unassessed })}</p>
      </CardBody>
    </Card>
  );
}
