import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ApprovedItem, DashboardData, DeclinedItem } from "@/lib/domain/dashboard/types";
import { formatPeriod, quarterParams } from "@/lib/reports/format";

const PRIORITY_TONE = { high: "danger", medium: "warning", low: "neutral" } as const;

/** The organization and the item, each linked: the organization's page, the review the item is read from. */
function ItemLines({ item }: { item: ApprovedItem | DeclinedItem }) {
  const t = useTranslations("dashboard.decisions");
  const tk = useTranslations("decisions.kind");
  const tp = useTranslations("reports.priority");
  const format = useFormatter();
  return (
    <>
      <Link href={`/organizations/${item.organizationId}`} className="font-medium text-brand-700 hover:underline">
        {item.organizationName}
      </Link>
      <span className="block text-sm text-slate-900">{item.title}</span>
      <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span>{tk(item.itemKind)}</span>
        {item.priority ? <Badge tone={PRIORITY_TONE[item.priority]}>{tp(item.priority)}</Badge> : null}
        <Link href={`/reports/${item.source.reportId}`} className="underline">
          {t("source", { month: formatPeriod(format, item.source.period) })}
        </Link>
      </span>
    </>
  );
}

function when(format: ReturnType<typeof useFormatter>, iso: string) {
  return format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "UTC" });
}

/**
 * The frame both panels share: heading with the count, the list (or an empty state), "and N
 * more", where the figures come from. `kind` picks the panel's messages and test ids.
 */
function DecisionPanel<T extends ApprovedItem | DeclinedItem>({
  kind,
  list,
  itemTestId,
  details,
}: {
  kind: "approved" | "declined";
  list: { total: number; items: T[] };
  itemTestId: string;
  /** The lines under the item: what happened to it, who signed, when. */
  details: (item: T) => ReactNode;
}) {
  const t = useTranslations("dashboard.decisions");
  const id = kind === "approved" ? "approved-pending" : "declined-risks";
  const more = list.total - list.items.length;
  return (
    <div data-testid={id}>
      <Card className="h-full">
        <CardHeader
          id={`${id}-heading`}
          title={t(`${kind}Title`)}
          description={t(`${kind}Description`)}
          actions={
            <span className="text-sm font-medium text-slate-700" data-testid={`${id}-count`}>
              {t(`${kind}Count`, { count: list.total })}
            </span>
          }
        />
        <CardBody>
          {list.items.length === 0 ? (
            <EmptyState title={t(`${kind}Count`, { count: 0 })} description={t(`${kind}Empty`)} />
          ) : (
            <>
              <ul aria-labelledby={`${id}-heading`} className="divide-y divide-slate-100">
                {list.items.map((item) => (
                  <li key={item.decisionId} className="py-3 first:pt-0" data-testid={itemTestId}>
                    <ItemLines item={item} />
                    {details(item)}
                  </li>
                ))}
              </ul>
              {more > 0 ? <p className="mt-2 text-sm text-slate-600">{t("more", { count: more })}</p> : null}
            </>
          )}
          <p className="mt-3 text-xs text-slate-600">{t("sourceNote")}</p>
        </CardBody>
      </Card>
    </div>
  );
}

/** Items clients approved whose work is not delivered yet (lib/domain/dashboard/query-decisions.ts), oldest approval first. */
export function ApprovedPendingCard({ approved }: { approved: DashboardData["decisions"]["approved"] }) {
  const t = useTranslations("dashboard.decisions");
  const ts = useTranslations("reports.roadmapStatus");
  const format = useFormatter();
  return (
    <DecisionPanel
      kind="approved"
      list={approved}
      itemTestId="approved-pending-item"
      details={(item) => (
        <>
          <span className="mt-1 block text-xs text-slate-700">
            {item.status
              ? t("roadmapState", {
                  status: ts(item.status),
                  hasTarget: item.targetQuarter ? "yes" : "no",
                  ...quarterParams(item.targetQuarter ?? ""),
                })
              : t("recommendationState")}
          </span>
          <span className="block text-xs text-slate-600">
            {t("approvedBy", { signature: item.signature, date: when(format, item.decidedAt) })}
          </span>
        </>
      )}
    />
  );
}

/** Recommendations and roadmap items clients declined (not delivered anyway), highest priority first. */
export function DeclinedRisksCard({ declined }: { declined: DashboardData["decisions"]["declined"] }) {
  const t = useTranslations("dashboard.decisions");
  const format = useFormatter();
  return (
    <DecisionPanel
      kind="declined"
      list={declined}
      itemTestId="declined-risk"
      details={(item) => (
        <>
          <span className="mt-1 block text-xs text-slate-600">
            {t("declinedBy", {
              signature: item.signature,
              date: when(format, item.decidedAt),
              month: formatPeriod(format, item.decidedOn.period),
            })}
          </span>
          {item.note ? (
            <span className="block text-xs italic text-slate-700">{t("note", { note: item.note })}</span>
          ) : null}
        </>
      )}
    />
  );
}
