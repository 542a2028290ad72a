import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ModelBadge, MODEL_COLORS } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ChangeReason } from "@/components/organizations/change-reason";
import { ProposalDecidedBy } from "@/components/proposals/proposal-decided-by";
import { MoveLabel } from "@/components/organizations/move-label";
import type { Journey } from "@/lib/domain/model-changes/journey";
import type { TimelineEvent } from "@/lib/domain/organizations/get-organization-overview";
import { MODELS, type Model } from "@/lib/vocabulary";

const LEFT_COLOR = "#94a3b8";
type Change = Extract<TimelineEvent, { kind: "modelChange" }>;

/**
 * The organization's path across models over time: a band whose segments are as long as the time
 * spent on each model, then the moves, each with the assessment that motivated it.
 */
export function JourneyBand({
  orgId,
  journey,
  changes,
  recommendations,
}: {
  orgId: string;
  journey: Journey;
  changes: Change[];
  recommendations: Map<string, { recommendation: Model | null; date: Date }>;
}) {
  const t = useTranslations("orgs.journey");
  const tc = useTranslations("common");
  const format = useFormatter();
  if (journey.segments.length === 0 || !journey.start) {
    return <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />;
  }
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const moves = [...changes].sort((a, b) => a.date.getTime() - b.date.getTime());
  return (
    <div className="space-y-5" data-testid="journey">
      <figure>
        <div className="flex h-10 w-full overflow-hidden rounded-md ring-1 ring-slate-200" aria-hidden="true">
          {journey.segments.map((s) => (
            <div
              key={s.changeId}
              className="flex min-w-[6px] items-center justify-center overflow-hidden text-xs font-medium text-white"
              style={{
                width: `${Math.max(s.share * 100, 1.5)}%`,
                backgroundColor: s.model ? MODEL_COLORS[s.model] : LEFT_COLOR,
              }}
              title={t("segment", {
                model: s.model ? tc(`serviceModel.${s.model}`) : t("notClient"),
                start: day(s.start),
                end: day(s.end),
              })}
            >
              {s.share > 0.12 ? (
                <span className="truncate px-1">{s.model ? tc(`serviceModel.${s.model}`) : t("notClient")}</span>
              ) : null}
            </div>
          ))}
        </div>
        <div className="mt-1 flex justify-between text-xs text-slate-600" aria-hidden="true">
          <span>{day(journey.start)}</span>
          <span>{t("today")}</span>
        </div>
        <figcaption className="sr-only">
          {t("summary", { count: journey.segments.length, start: day(journey.start) })}
        </figcaption>
        <ul className="mt-2 flex flex-wrap gap-3 text-xs text-slate-700" aria-label={t("legend")}>
          {MODELS.map((m) => (
            <li key={m} className="flex items-center gap-1.5">
              <span
                className="inline-block h-3 w-3 rounded-sm"
                style={{ backgroundColor: MODEL_COLORS[m] }}
                aria-hidden="true"
              />
              {tc(`serviceModel.${m}`)}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span
              className="inline-block h-3 w-3 rounded-sm"
              style={{ backgroundColor: LEFT_COLOR }}
              aria-hidden="true"
            />
            {t("notClient")}
          </li>
        </ul>
      </figure>
      <ol className="space-y-3" aria-label={t("movesLabel")}>
        {moves.map((c) => {
          const motivating = c.assessmentId ? recommendations.get(c.assessmentId) : undefined;
          return (
            <li key={c.id} className="rounded-md border border-slate-200 p-3" data-testid="journey-move">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <time dateTime={c.date.toISOString().slice(0, 10)} className="font-medium text-slate-900">
                  {day(c.date)}
                </time>
                <span className="text-slate-800">
                  <MoveLabel from={c.fromModel} to={c.toModel} />
                </span>
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-1.5" aria-hidden="true">
                {c.fromModel ? <ModelBadge model={c.fromModel} label={tc(`serviceModel.${c.fromModel}`)} /> : null}
                {c.fromModel ? <span>→</span> : null}
                {c.toModel ? (
                  <ModelBadge model={c.toModel} label={tc(`serviceModel.${c.toModel}`)} />
                ) : (
                  <span className="text-xs text-slate-700">{t("notClient")}</span>
                )}
              </div>
              <p className="mt-1 text-sm text-slate-700">
                <ChangeReason change={c} />
              </p>
              {c.proposal ? <ProposalDecidedBy orgId={orgId} proposal={c.proposal} /> : null}
              {c.assessmentId ? (
                <p className="mt-1 text-sm">
                  <Link
                    href={`/organizations/${orgId}/assessments/${c.assessmentId}`}
                    className="text-brand-700 hover:underline"
                  >
                    {motivating?.recommendation
                      ? t("motivatedBy", {
                          date: day(motivating.date),
                          model: tc(`serviceModel.${motivating.recommendation}`),
                        })
                      : t("motivatedByAssessment")}
                  </Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
