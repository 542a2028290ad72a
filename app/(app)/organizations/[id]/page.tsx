import Link from "next/link";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, ModelBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { JourneyBand } from "@/components/organizations/journey-band";
import { LifecycleBadge } from "@/components/organizations/lifecycle-badge";
import { Timeline } from "@/components/organizations/timeline";
import { InterventionsSection } from "@/components/interventions/interventions-section";
import { OrganizationPosture } from "@/components/posture/organization-posture";
import { CurrentDecisions } from "@/components/decisions/current-decisions";
import { OrganizationProposals } from "@/components/proposals/organization-proposals";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { can } from "@/lib/access/permissions";
import { listInterventions } from "@/lib/domain/interventions/list-interventions";
import { interventionFiltersSchema } from "@/lib/domain/interventions/schemas";
import { readYearTrail, yearParam } from "@/lib/domain/decisions/read-year-trail";
import { getOrganizationOverview } from "@/lib/domain/organizations/get-organization-overview";
import { todayUtc } from "@/lib/domain/organizations/today";
import type { Model } from "@/lib/vocabulary";
import { listPostureAssessments } from "@/lib/domain/posture/list-posture-assessments";
import { listProposals } from "@/lib/domain/proposals/list-proposals";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The interventions list's filters as they came in the query string, as a string (the read's cache key). */
function filterKey(raw: Record<string, string | string[] | undefined>): string {
  return JSON.stringify({
    from: first(raw.from),
    to: first(raw.to),
    category: first(raw.category),
    detection: first(raw.detection),
    recurring: first(raw.recurring),
    before: first(raw.before),
  });
}

/**
 * One read per request, shared by the page and its title, in one transaction (each transaction
 * costs three statements of its own: BEGIN, the RLS context, COMMIT). Keyed by the organization and
 * the interventions filters as a string: React's cache compares arguments by identity.
 */
const load = cache(async (id: string, filtersKey: string) => {
  // Each bad value is dropped (the schema's `.catch`), never an error.
  const filters = interventionFiltersSchema.parse(JSON.parse(filtersKey));
  const actor = await requirePage("org.read");
  const data = await orNotFound(
    scoped(actor, async (tx) => {
      const overview = await getOrganizationOverview(tx, actor, id);
      // This year's trail: the client's decision in force on each item (the roadmap page has the rest).
      const trail = await readYearTrail(tx, actor, { organizationId: overview.org.id, year: yearParam(undefined) });
      const posture = can(actor.role, "posture.read") ? await listPostureAssessments(tx, actor, overview.org.id) : null;
      const proposals = can(actor.role, "proposal.read")
        ? await listProposals(tx, actor, { organizationId: overview.org.id })
        : [];
      const interventions = can(actor.role, "intervention.read")
        ? await listInterventions(tx, actor, overview.org.id, filters)
        : null;
      return { overview, posture, proposals, trail, interventions };
    }),
  );
  return { actor, filters, ...data };
});

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: PageProps) {
  const { overview } = await load((await params).id, filterKey(await searchParams));
  return { title: overview.org.name };
}

/** This page's URL with `timeline` set to `value` (or removed), every other parameter kept, at the timeline. */
function timelineHref(id: string, raw: Record<string, string | string[] | undefined>, value: "all" | null): string {
  const query = new URLSearchParams();
  for (const [key, v] of Object.entries(raw))
    if (key !== "timeline") for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(key, one);
  if (value) query.set("timeline", value);
  const qs = query.toString();
  return `/organizations/${id}${qs ? `?${qs}` : ""}#timeline`;
}

export default async function OrganizationPage({ params, searchParams }: PageProps) {
  const raw = await searchParams;
  const { actor, overview, posture, proposals, trail, interventions, filters } = await load(
    (await params).id,
    filterKey(raw),
  );
  const { org, latestFinal } = overview;
  const [t, tc, tt, format] = await Promise.all([
    getTranslations("orgs.page"),
    getTranslations("common"),
    getTranslations("trail"),
    getFormatter(),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const recommendations = new Map<string, { recommendation: Model | null; date: Date }>();
  for (const e of overview.timeline)
    if (e.kind === "assessment") recommendations.set(e.id, { recommendation: e.recommendation, date: e.date });

  const actions = (
    <>
      <ButtonLink href={`/organizations/${org.id}/roadmap`} variant="ghost" data-testid="org-roadmap-link">
        {tt("staff.link")}
      </ButtonLink>
      {can(actor.role, "org.update") ? (
        <ButtonLink href={`/organizations/${org.id}/edit`} variant="ghost">
          {tc("edit")}
        </ButtonLink>
      ) : null}
      {can(actor.role, "call.create") ? (
        <ButtonLink href={`/organizations/${org.id}/calls/new`} data-testid="log-call">
          {t("logCall")}
        </ButtonLink>
      ) : null}
      {can(actor.role, "modelChange.create") ? (
        <ButtonLink href={`/organizations/${org.id}/move`}>{t("recordMove")}</ButtonLink>
      ) : null}
      {can(actor.role, "assessment.create") ? (
        <ButtonLink href={`/organizations/${org.id}/assessments/new`} variant="primary" data-testid="new-assessment">
          {t("newAssessment")}
        </ButtonLink>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/organizations" className="hover:underline">
            {t("backToList")}
          </Link>
        }
        title={org.name}
        description={org.industry ?? undefined}
        actions={actions}
      />

      {overview.drafts.length > 0 ? (
        <Notice className="mb-4">
          {t.rich("draftInProgress", {
            date: day(overview.drafts[0]!.updatedAt),
            link: (chunks) => (
              <Link
                href={`/organizations/${org.id}/assessments/${overview.drafts[0]!.id}`}
                className="font-medium underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </Notice>
      ) : null}

      <div className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="key-facts">
        <Card as="div">
          <CardBody>
            <dl>
              <dt className="text-sm text-slate-600">{t("currentModel")}</dt>
              <dd className="mt-1 flex flex-wrap items-center gap-2" data-testid="current-model">
                <ModelBadge model={org.currentModel} label={tc(`serviceModel.${org.currentModel}`)} />
                <LifecycleBadge status={org.lifecycleStatus} />
              </dd>
              <dd className="mt-2 text-sm text-slate-700">
                {org.targetModel ? t("target", { model: tc(`serviceModel.${org.targetModel}`) }) : t("noTarget")}
              </dd>
            </dl>
          </CardBody>
        </Card>
        <Card as="div">
          <CardBody>
            <dl>
              <dt className="text-sm text-slate-600">{t("latestRecommendation")}</dt>
              {latestFinal?.recommendation ? (
                <dd className="mt-1 space-y-1">
                  <Link
                    href={`/organizations/${org.id}/assessments/${latestFinal.id}`}
                    className="inline-flex items-center gap-2 hover:underline"
                  >
                    <ModelBadge
                      model={latestFinal.recommendation}
                      label={tc(`serviceModel.${latestFinal.recommendation}`)}
                    />
                    <span className="text-sm text-slate-700">{day(latestFinal.finalizedAt)}</span>
                  </Link>
                  {latestFinal.recommendation !== org.currentModel && org.lifecycleStatus !== "FORMER" ? (
                    <p className="text-sm text-amber-800">{t("recommendationDiffers")}</p>
                  ) : null}
                </dd>
              ) : (
                <dd className="mt-1 text-sm text-slate-700">
                  <Badge>{t("notAssessed")}</Badge>
                </dd>
              )}
            </dl>
          </CardBody>
        </Card>
        <Card as="div">
          <CardBody>
            <dl>
              <dt className="text-sm text-slate-600">{t("size")}</dt>
              <dd className="mt-1 text-sm text-slate-900">
                {t("sizeValue", { headcount: org.headcount, sites: org.sites })}
              </dd>
              <dd className="text-sm text-slate-700">
                {org.endpoints !== null ? t("endpointsValue", { endpoints: org.endpoints }) : t("endpointsUnknown")}
              </dd>
            </dl>
          </CardBody>
        </Card>
        <Card as="div">
          <CardBody>
            <dl>
              <dt className="text-sm text-slate-600">{t("accountManager")}</dt>
              <dd className="mt-1 text-sm text-slate-900">{overview.managerName ?? t("unassigned")}</dd>
              <dd className="mt-1 text-sm text-slate-700" data-testid="report-locale">
                {org.reportLocale ? t("reportLocale", { locale: org.reportLocale }) : t("reportLocaleReader")}
              </dd>
              <dd className="mt-2 text-xs text-slate-600">{t("since", { date: day(org.createdAt) })}</dd>
            </dl>
          </CardBody>
        </Card>
      </div>

      <OrganizationProposals
        organizationId={org.id}
        proposals={proposals}
        canMove={can(actor.role, "modelChange.create")}
      />

      {trail.reports.length > 0 || trail.items.length > 0 ? (
        <CurrentDecisions data={trail} moreHref={`/organizations/${org.id}/roadmap`} className="mb-6" />
      ) : null}

      {org.notes ? (
        <Card className="mb-6">
          <CardHeader title={t("notes")} />
          <CardBody>
            <p className="whitespace-pre-line text-sm text-slate-800">{org.notes}</p>
          </CardBody>
        </Card>
      ) : null}

      {posture ? (
        <OrganizationPosture
          organizationId={org.id}
          drafts={posture.drafts}
          finals={posture.finals}
          canCreate={can(actor.role, "posture.create")}
        />
      ) : null}

      <div className="grid gap-6 xl:grid-cols-5">
        <Card className="xl:col-span-2">
          <CardHeader title={t("journeyTitle")} description={t("journeyDescription")} />
          <CardBody>
            <JourneyBand
              orgId={org.id}
              journey={overview.journey}
              changes={overview.changes}
              recommendations={recommendations}
            />
          </CardBody>
        </Card>
        <Card className="xl:col-span-3">
          <CardHeader title={t("timelineTitle")} description={t("timelineDescription")} />
          <CardBody>
            <Timeline
              orgId={org.id}
              events={overview.timeline}
              truncated={overview.truncated}
              today={todayUtc()}
              showAll={first(raw.timeline) === "all"}
              allHref={timelineHref(org.id, raw, "all")}
              latestHref={timelineHref(org.id, raw, null)}
            />
          </CardBody>
        </Card>
      </div>

      {interventions ? (
        <InterventionsSection
          orgId={org.id}
          log={interventions}
          filters={filters}
          canAdd={can(actor.role, "intervention.create")}
          canDelete={can(actor.role, "intervention.delete")}
          today={todayUtc()}
        />
      ) : null}
    </>
  );
}
