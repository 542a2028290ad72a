import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { isDecisionStep, type TrailStage, type TrailStep } from "@/lib/decisions/trail";
import type { YearTrail } from "@/lib/domain/decisions/read-year-trail";
import { formatPeriod } from "@/lib/reports/format";

const STAGE_TONE: Record<TrailStage, BadgeTone> = {
  proposed: "neutral",
  approved: "brand",
  in_progress: "info",
  blocked: "warning",
  delivered: "success",
  deferred: "warning",
  declined: "danger",
  removed: "neutral",
};

/** The figures of the year's summary, in order; the optional ones show only when not zero. */
const FIGURES = [
  { key: "promised", label: "promised", always: true },
  { key: "delivered", label: "delivered", always: true },
  { key: "in_progress", label: "inProgress", always: true },
  { key: "declined", label: "declined", always: true },
  { key: "deferred", label: "deferred", always: true },
  { key: "blocked", label: "blocked", always: false },
  { key: "removed", label: "removed", always: false },
  { key: "proposed", label: "proposed", always: false },
] as const;

/** Year links (no script needed): the current year first, back to the organization's first published review. */
export async function YearLinks({ years, year, href }: { years: number[]; year: number; href: (y: number) => string }) {
  const t = await getTranslations("trail");
  return (
    <nav aria-label={t("years")} className="mb-6" data-testid="trail-years">
      <ul className="flex flex-wrap gap-2">
        {years.map((y) => (
          <li key={y}>
            <Link
              href={href(y)}
              prefetch={false}
              aria-current={y === year ? "page" : undefined}
              className={cn(
                "inline-block rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-brand-600",
                y === year
                  ? "bg-brand-50 text-brand-800 ring-brand-200"
                  : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
              )}
            >
              {y}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * "Promised vs delivered" for one organization and year (lib/domain/decisions/read-year-trail.ts):
 * the year's counts with their sources, then each item's trail as a dated timeline whose steps link
 * to the review they come from. Server-rendered; the client portal and the staff organization
 * page show the same thing with their own links to a review.
 */
export async function YearTrailView({
  data,
  reportHref,
}: {
  data: YearTrail;
  reportHref: (reportId: string) => string;
}) {
  const [t, td, format] = await Promise.all([getTranslations("trail"), getTranslations("decisions"), getFormatter()]);
  const year = String(data.year);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const month = (period: string) => formatPeriod(format, period);

  if (data.reports.length === 0 && data.items.length === 0)
    return <EmptyState title={t("empty.noReportsTitle", { year })} description={t("empty.noReports")} />;

  const latest = data.reports.at(-1);
  const s = data.summary;
  const link = (reportId: string) =>
    function ReportLink(chunks: ReactNode) {
      return (
        <Link href={reportHref(reportId)} prefetch={false} className="font-medium text-brand-700 hover:underline">
          {chunks}
        </Link>
      );
    };

  const stepText = (step: TrailStep): ReactNode => {
    if (isDecisionStep(step))
      return t.rich("step.decision", {
        decision: step.kind,
        signature: step.signature,
        to: step.deferredTo ? month(step.deferredTo) : "",
        month: step.period ? month(step.period) : "none",
        link: link(step.reportId),
      });
    return t.rich(`step.${step.kind}`, { month: month(step.period), link: link(step.reportId) });
  };

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader id="trail-summary-heading" title={t("summary.title", { year })} />
        <CardBody className="space-y-4">
          <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="trail-summary">
            {FIGURES.filter((f) => f.always || s[f.key] > 0).map((f) => (
              <div key={f.key} className="rounded-md bg-slate-50 px-3 py-2" data-testid={`trail-count-${f.key}`}>
                <dt className="text-xs font-medium text-slate-600">{t(`summary.${f.label}`)}</dt>
                <dd className="text-2xl font-semibold text-slate-900" data-testid="trail-count">
                  {format.number(s[f.key])}
                </dd>
                {f.key === "delivered" && s.promised > 0 ? (
                  <dd className="text-xs text-slate-600">
                    {t("summary.deliveredOfPromised", {
                      delivered: format.number(s.promisedDelivered),
                      promised: format.number(s.promised),
                    })}
                  </dd>
                ) : null}
              </div>
            ))}
          </dl>
          <p className="text-xs text-slate-600" data-testid="trail-source">
            {t("summary.source", {
              reports: data.reports.length,
              year,
              latest: latest ? month(latest.period) : "none",
              decisions: data.decisionCount,
              asOf: day(data.asOf),
            })}
          </p>
          <p className="text-xs text-slate-600">{t("summary.rules")}</p>
          {data.untracked > 0 ? (
            <p className="text-xs text-slate-600" data-testid="trail-untracked">
              {t("untracked", { count: data.untracked })}
            </p>
          ) : null}
        </CardBody>
      </Card>

      <Card>
        <CardHeader id="trail-items-heading" title={t("itemsTitle")} description={t("itemsDescription")} />
        {data.items.length === 0 ? (
          <CardBody>
            <EmptyState title={t("empty.noItemsTitle", { year })} description={t("empty.noItems", { year })} />
          </CardBody>
        ) : (
          <ul aria-labelledby="trail-items-heading" className="divide-y divide-slate-100" data-testid="trail-items">
            {data.items.map((item) => (
              <li
                key={`${item.itemKind}:${item.itemId}`}
                className="px-5 py-4"
                data-testid="trail-item"
                data-item-id={item.itemId}
                data-stage={item.stage}
              >
                <p className="flex flex-wrap items-center gap-2">
                  <Badge>{td(`kind.${item.itemKind}`)}</Badge>
                  <span className="text-sm font-medium text-slate-900">{item.title}</span>
                  <Badge tone={STAGE_TONE[item.stage]}>
                    <span data-testid="trail-stage">{t(`stage.${item.stage}`)}</span>
                  </Badge>
                </p>
                <ol
                  aria-label={t("trailLabel", { title: item.title })}
                  className="mt-3 space-y-1.5 border-l-2 border-slate-200 pl-4 text-sm text-slate-700"
                >
                  {item.steps.map((step, i) => (
                    <li
                      key={i}
                      data-testid="trail-step"
                      data-kind={step.kind}
                      className={cn(isDecisionStep(step) && !step.current && "text-slate-600")}
                    >
                      {step.at ? (
                        <time
                          dateTime={step.at.toISOString()}
                          className="mr-2 inline-block min-w-24 text-xs font-medium text-slate-600"
                        >
                          {day(step.at)}
                        </time>
                      ) : null}
                      {stepText(step)}
                      {isDecisionStep(step) && !step.current ? (
                        <span className="ml-1 text-xs italic">{t("step.superseded")}</span>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
