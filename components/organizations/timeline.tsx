import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, ModelBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ChangeReason } from "@/components/organizations/change-reason";
import { MoveLabel } from "@/components/organizations/move-label";
import type { TimelineEvent } from "@/lib/domain/organizations/get-organization-overview";

const DOT = {
  call: "bg-slate-400",
  assessment: "bg-brand-600",
  modelChange: "bg-emerald-600",
  report: "bg-sky-600",
} as const;

/** How many events the organization page shows until the reader asks for all of them. */
export const TIMELINE_FIRST = 12;

/**
 * Everything that happened with one organization, newest first, in one list: the latest
 * TIMELINE_FIRST events, and all of them (up to what the overview reads) behind a plain link
 * (`allHref`, the same page with `timeline=all`), which works without JavaScript. Three
 * years of monthly reviews alone are 36 entries: the page shows the recent ones first.
 */
export function Timeline({
  orgId,
  events,
  truncated,
  today,
  showAll,
  allHref,
  latestHref,
}: {
  orgId: string;
  events: TimelineEvent[];
  truncated: boolean;
  today: Date;
  showAll: boolean;
  allHref: string;
  latestHref: string;
}) {
  const t = useTranslations("orgs.timeline");
  const tc = useTranslations("common");
  const format = useFormatter();
  if (events.length === 0) return <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const pageable = events.length > TIMELINE_FIRST;
  const shown = showAll || !pageable ? events : events.slice(0, TIMELINE_FIRST);
  return (
    <div id="timeline" className="scroll-mt-4">
      <ol className="relative space-y-5 border-l border-slate-200 pl-6" data-testid="timeline">
        {shown.map((e) => (
          <li key={`${e.kind}-${e.id}`} className="relative" data-testid={`timeline-${e.kind}`}>
            <span
              className={`absolute -left-[31px] top-1.5 h-3 w-3 rounded-full ring-4 ring-white ${DOT[e.kind]}`}
              aria-hidden="true"
            />
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <time
                dateTime={e.date.toISOString()}
                className="text-xs font-medium uppercase tracking-wide text-slate-600"
              >
                {day(e.date)}
              </time>
              <span className="text-xs text-slate-600">{t(`kind.${e.kind}`)}</span>
            </div>
            {e.kind === "call" ? (
              <div className="mt-1 text-sm">
                <Link
                  href={`/organizations/${orgId}/calls/${e.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {t("call", { author: e.authorName ?? t("someone") })}
                </Link>
                <p className="mt-0.5 line-clamp-2 text-slate-700">{e.summary}</p>
                {e.followUpDate ? (
                  <div className="mt-1">
                    {e.followUpDone ? (
                      <Badge tone="success">{t("followUpDone")}</Badge>
                    ) : (
                      <Badge tone={e.followUpDate <= today ? "warning" : "neutral"}>
                        {t("followUpOn", { date: day(e.followUpDate) })}
                      </Badge>
                    )}
                  </div>
                ) : null}
              </div>
            ) : null}
            {e.kind === "assessment" ? (
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <Link
                  href={`/organizations/${orgId}/assessments/${e.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {e.status === "FINAL"
                    ? t("assessmentFinal", { author: e.authorName ?? t("someone") })
                    : t("assessmentDraft", { author: e.authorName ?? t("someone") })}
                </Link>
                {e.status === "FINAL" && e.recommendation ? (
                  <>
                    <ModelBadge model={e.recommendation} label={tc(`serviceModel.${e.recommendation}`)} />
                    {e.confidence === "low" || e.confidence === "medium" || e.confidence === "high" ? (
                      <span className="text-xs text-slate-600">{t(`confidence.${e.confidence}`)}</span>
                    ) : null}
                  </>
                ) : (
                  <Badge>{t("draft")}</Badge>
                )}
              </div>
            ) : null}
            {e.kind === "modelChange" ? (
              <div className="mt-1 text-sm">
                <p className="font-medium text-slate-900" data-testid="timeline-move">
                  <MoveLabel from={e.fromModel} to={e.toModel} />
                </p>
                <p className="mt-0.5 text-slate-700">
                  <ChangeReason change={e} />
                </p>
                <p className="mt-0.5 text-xs text-slate-600">
                  {e.assessmentId
                    ? t.rich("recordedByWithAssessment", {
                        name: e.recordedByName ?? t("someone"),
                        link: (chunks) => (
                          <Link
                            href={`/organizations/${orgId}/assessments/${e.assessmentId}`}
                            className="text-brand-700 underline"
                          >
                            {chunks}
                          </Link>
                        ),
                      })
                    : t("recordedBy", { name: e.recordedByName ?? t("someone") })}
                </p>
              </div>
            ) : null}
            {e.kind === "report" ? (
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <Link href={`/reports/${e.id}`} className="font-medium text-brand-700 hover:underline">
                  {t("report", {
                    period: format.dateTime(new Date(`${e.period}-01T00:00:00Z`), { year: "numeric", month: "long" }),
                  })}
                </Link>
                <Badge tone={e.status === "PUBLISHED" ? "success" : e.status === "WITHDRAWN" ? "danger" : "neutral"}>
                  {t(`reportStatus.${e.status}`)}
                </Badge>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {pageable ? (
        <p className="mt-4 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm" data-testid="timeline-paging">
          {showAll ? (
            <Link href={latestHref} className="font-medium text-brand-700 hover:underline">
              {t("showLatest", { count: TIMELINE_FIRST })}
            </Link>
          ) : (
            <>
              <span className="text-slate-600">{t("shownOf", { shown: TIMELINE_FIRST, count: events.length })}</span>
              <Link href={allHref} className="font-medium text-brand-700 hover:underline">
                {t("showAll", { count: events.length })}
              </Link>
            </>
          )}
        </p>
      ) : null}
      {truncated && (showAll || !pageable) ? <p className="mt-4 text-xs text-slate-600">{t("truncated")}</p> : null}
    </div>
  );
}
