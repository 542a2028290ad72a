import { useFormatter, useTranslations } from "next-intl";
import { ModelBadge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { useProposalReason } from "@/components/proposals/use-proposal-reason";
import type { ProposalSnapshot } from "@/lib/proposals/snapshot";
import { MODELS } from "@/lib/proposals/snapshot";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A proposal as the client reads it, in their words and in the reader's locale: what is proposed
 * and what it covers, why, and what it costs (each model's first month, its total over the period
 * and its likely range, the assumptions and where each comes from, and when it was computed).
 * Everything comes from the stored snapshot, exactly as shared. Staff see the same.
 */
export function ProposalView({
  snapshot,
  snapshotSha256,
  mspName,
}: {
  snapshot: ProposalSnapshot;
  snapshotSha256: string;
  mspName: string;
}) {
  const t = useTranslations("proposals");
  const format = useFormatter();
  const list = (items: string[]) => format.list(items, { type: "conjunction" });
  const scope = list(snapshot.scope.map((s) => t(`scope.${s}`)));
  const reasonText = useProposalReason();
  const costs = snapshot.costs;
  const money = (v: number) =>
    format.number(v, { style: "currency", currency: costs?.currency ?? "EUR", maximumFractionDigits: 0 });
  return (
    <div className="space-y-6" data-testid="proposal-view">
      <Card>
        <CardHeader title={t("view.proposeTitle")} />
        <CardBody>
          <div className="space-y-4">
            <p className="flex flex-wrap items-center gap-2">
              <ModelBadge model={snapshot.model} label={t(`modelName.${snapshot.model}`)} />
            </p>
            <p className="max-w-3xl text-slate-800" data-testid="proposal-lead">
              {t(`lead.${snapshot.lead}`, { scope })}
            </p>
            {snapshot.scope.length > 0 ? (
              <div>
                <h3 className="text-sm font-semibold text-slate-900">{t("view.covered")}</h3>
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800" data-testid="proposal-scope">
                  {snapshot.scope.map((s) => (
                    <li key={s}>{t(`scope.${s}`)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {costs && costs.outsideContract.length > 0 && snapshot.model !== "BREAK_FIX" ? (
              <p className="text-sm text-slate-700">
                {t("view.notCovered", { items: list(costs.outsideContract.map((o) => t(`outside.${o}`))) })}
              </p>
            ) : null}
          </div>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t("view.whyTitle")} />
        <CardBody>
          <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-800" data-testid="proposal-reasons">
            {snapshot.reasons.map((r, i) => (
              <li key={i}>{reasonText(r)}</li>
            ))}
          </ul>
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title={t("view.costsTitle")}
          description={
            costs
              ? t("view.costsAsOf", {
                  date: format.dateTime(day(snapshot.assessedOn), { dateStyle: "long", timeZone: "UTC" }),
                  currency: costs.currency,
                  months: costs.horizonMonths,
                })
              : undefined
          }
        />
        <CardBody>
          {costs ? (
            <div className="space-y-4">
              <Table data-testid="proposal-costs">
                <caption className="sr-only">{t("view.caption")}</caption>
                <thead>
                  <tr>
                    <Th>{t("view.model")}</Th>
                    <Th className="text-right">{t("view.firstMonth")}</Th>
                    <Th className="text-right">{t("view.overPeriod", { months: costs.horizonMonths })}</Th>
                    <Th className="text-right">{t("view.range")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {MODELS.map((m) => {
                    const c = costs.models[m];
                    const proposed = m === snapshot.model;
                    return (
                      <tr
                        key={m}
                        className={
                          proposed ? "border-t border-slate-100 bg-slate-50 font-medium" : "border-t border-slate-100"
                        }
                        data-testid={`proposal-cost-${m}`}
                      >
                        <Td>
                          {t(`modelName.${m}`)}
                          {proposed ? <span className="ml-2 text-xs text-slate-600">{t("view.proposed")}</span> : null}
                        </Td>
                        <Td className="text-right tabular-nums">{money(c.perMonth)}</Td>
                        <Td className="text-right tabular-nums">{money(c.total)}</Td>
                        <Td className="text-right tabular-nums text-slate-700">
                          {c.low !== null && c.high !== null
                            ? t("view.rangeValue", { low: money(c.low), high: money(c.high) })
                            : t("view.noRange")}
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
              {costs.fees ? (
                <p className="text-sm text-slate-700">
                  {t("view.fees", { hybrid: money(costs.fees.HYBRID), managed: money(costs.fees.MANAGED) })}
                </p>
              ) : null}
              <p className="text-sm font-medium text-slate-900" data-testid="proposal-break-even">
                {costs.breakEvenMonth !== null
                  ? t("view.breakEven", {
                      model: t(`modelInline.${costs.breakEvenAgainst}`),
                      month: costs.breakEvenMonth,
                    })
                  : t("view.noBreakEven", {
                      model: t(`modelInline.${costs.breakEvenAgainst}`),
                      months: costs.horizonMonths,
                    })}
              </p>
              {costs.history ? (
                <p className="text-sm text-slate-700">
                  {t(`history.${costs.history.source}`, { months: costs.history.months })}
                </p>
              ) : null}
              <h3 className="pt-2 text-sm font-semibold text-slate-900">{t("view.assumptionsTitle")}</h3>
              <Table data-testid="proposal-assumptions">
                <caption className="sr-only">{t("view.assumptionsCaption")}</caption>
                <thead>
                  <tr>
                    <Th>{t("view.assumption")}</Th>
                    <Th className="text-right">{t("view.value")}</Th>
                    <Th>{t("view.from")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {costs.assumptions.map((a) => (
                    <tr key={a.key} className="border-t border-slate-100">
                      <Td>{t(`assumption.${a.key}`)}</Td>
                      <Td className="text-right tabular-nums">
                        {a.unit === "money"
                          ? format.number(a.value, { style: "currency", currency: costs.currency })
                          : format.number(a.value, { maximumFractionDigits: 2 })}
                      </Td>
                      <Td className="text-slate-700">{t(`source.${a.source}`, { msp: mspName })}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t("view.noCosts")}</p>
          )}
        </CardBody>
      </Card>

      <p className="text-xs text-slate-600" data-testid="proposal-fingerprint">
        <span className="break-all">{t("view.fingerprint", { hash: snapshotSha256 })}</span>
        <br />
        {t("view.fingerprintHint")}
      </p>
    </div>
  );
}
