import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/decisions/decision-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { shortHash } from "@/lib/decisions/item-hash";
import type { DecisionRecord, ItemDecisions } from "@/lib/domain/decisions/list-report-decisions";
import { formatPeriod } from "@/lib/reports/format";
import type { DecisionOutcome } from "@/lib/vocabulary";

const TONE: Record<DecisionOutcome, "success" | "warning" | "danger"> = {
  APPROVED: "success",
  DEFERRED: "warning",
  DECLINED: "danger",
};

/**
 * The decisions on a report's recommendations and roadmap items: each item's current decision
 * (who signed, when, the item's fingerprint as published) and its history; for a client
 * approver, the form to decide. Readers and staff see the same record without the form.
 */
export async function DecisionsCard({
  items,
  reportId,
  mode,
  organizationName,
  signerName,
  months,
}: {
  items: ItemDecisions[];
  reportId: string;
  /** approver: may decide; reader: a client who reads only; staff: the MSP reading the client's decisions. */
  mode: "approver" | "reader" | "staff";
  organizationName: string;
  signerName: string;
  months: string[];
}) {
  const [t, format] = await Promise.all([getTranslations("decisions"), getFormatter()]);
  const monthOptions = months.map((m) => ({ value: m, label: formatPeriod(format, m) }));
  const line = (d: DecisionRecord) =>
    t("record", {
      decision: d.decision,
      month: d.deferredTo ? formatPeriod(format, d.deferredTo) : "",
      signature: d.signature,
      date: format.dateTime(d.decidedAt, { dateStyle: "medium", timeStyle: "short" }),
    });
  return (
    <Card className="mt-6">
      <CardHeader
        id="decisions-heading"
        title={t("title")}
        description={mode === "staff" ? t("staffDescription", { organization: organizationName }) : t("description")}
      />
      <CardBody className="space-y-4">
        {mode === "reader" ? (
          <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700" data-testid="reader-note">
            {t("readerNote")}
          </p>
        ) : null}
        {items.length === 0 ? (
          <p className="text-sm italic text-slate-600">{t("noItems")}</p>
        ) : (
          <ul aria-labelledby="decisions-heading" className="divide-y divide-slate-100" data-testid="decision-items">
            {items.map((item) => (
              <li
                key={`${item.itemKind}:${item.itemId}`}
                id={`item-${item.itemId}`}
                className="py-4"
                data-testid="decision-item"
                data-item-id={item.itemId}
              >
                <p className="flex flex-wrap items-center gap-2">
                  <Badge>{t(`kind.${item.itemKind}`)}</Badge>
                  <span className="text-sm font-medium text-slate-900">{item.title}</span>
                </p>
                {item.current ? (
                  <div className="mt-2 space-y-1 text-sm text-slate-700" data-testid="current-decision">
                    <p className="flex flex-wrap items-center gap-2">
                      <Badge tone={TONE[item.current.decision]}>
                        <span data-testid="decision-outcome">{t(`outcome.${item.current.decision}`)}</span>
                      </Badge>
                      <span>{line(item.current)}</span>
                    </p>
                    <p className="text-xs text-slate-600">
                      {t("fingerprint", {
                        hash: shortHash(item.current.itemHash),
                        month: item.current.period ? formatPeriod(format, item.current.period) : "none",
                      })}
                    </p>
                    {item.current.changedSince ? (
                      <p className="text-xs font-medium text-amber-900">{t("changedSince")}</p>
                    ) : null}
                    {item.current.note ? (
                      <p className="whitespace-pre-line text-sm text-slate-700">
                        {t("note", { note: item.current.note })}
                      </p>
                    ) : null}
                  </div>
                ) : (
                  <p className="mt-2 text-sm text-slate-600" data-testid="current-decision">
                    {t("none")}
                  </p>
                )}
                {item.history.length > 1 ? (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer text-slate-700">
                      {t("history", { count: item.history.length })}
                    </summary>
                    <ol
                      className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-slate-700"
                      data-testid="history"
                    >
                      {item.history
                        .slice()
                        .reverse()
                        .map((d) => (
                          <li key={d.id}>{t("historyLine", { record: line(d), hash: shortHash(d.itemHash) })}</li>
                        ))}
                    </ol>
                  </details>
                ) : null}
                {mode === "approver" ? (
                  <DecisionForm
                    reportId={reportId}
                    itemKind={item.itemKind}
                    itemId={item.itemId}
                    title={item.title}
                    summary={item.current ? t("changeDecision") : t("decide")}
                    supersedes={item.current?.id ?? ""}
                    months={monthOptions}
                    signerName={signerName}
                    idempotencyKey={randomUUID()}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
