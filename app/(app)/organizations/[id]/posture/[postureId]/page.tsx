import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/assessments/print-button";
import { ClientMessages, type MessagePath } from "@/components/i18n/client-messages";
import { CompareSection } from "@/components/posture/compare-section";
import { formAnswers, formQuestions } from "@/components/posture/form-data";
import { GapsForm } from "@/components/posture/gaps-form";
import { PostureForm } from "@/components/posture/posture-form";
import { ScaleLegend } from "@/components/posture/scale-legend";
import { ScoresChart } from "@/components/posture/scores-chart";
import { ScoresTable } from "@/components/posture/scores-table";
import { WeakestItems } from "@/components/posture/weakest-items";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { can } from "@/lib/access/permissions";
import { getOrganization } from "@/lib/domain/organizations/get-organization";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";
import { getPostureView } from "@/lib/domain/posture/get-posture-view";
import { catalogFor, catalogLocale, questionText } from "@/lib/posture/catalog";
import { comparePosture } from "@/lib/posture/compare";
import { rankItems } from "@/lib/posture/score";
import { CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";
import { formatPeriod } from "@/lib/reports/format";
import { latestAllowedPeriod } from "@/lib/reports/period";
import { id as idField } from "@/lib/validation/fields";

const FORM_MESSAGES = [
  "posture.form",
  "posture.functions",
  "posture.levels",
  "posture.weight",
  "posture.references",
  "posture.referencesNoAnssi",
] as const satisfies readonly MessagePath[];
const RESULT_MESSAGES = ["posture.gaps", "posture.functions"] as const satisfies readonly MessagePath[];

export async function generateMetadata() {
  const t = await getTranslations("posture.page");
  return { title: t("metaTitle") };
}

/** One security-posture assessment: the questionnaire while a draft, the scores and what to do next once final. */
export default async function PosturePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; postureId: string }>;
  searchParams: Promise<{ compare?: string | string[] }>;
}) {
  const actor = await requirePage("posture.read");
  const [{ id, postureId }, query] = await Promise.all([params, searchParams]);
  const compareWith =
    typeof query.compare === "string" && idField().safeParse(query.compare).success ? query.compare : null;
  const { org, view } = await orNotFound(
    scoped(actor, async (tx) => {
      const org = await getOrganization(tx, actor, id);
      return { org, view: await getPostureView(tx, actor, { organizationId: org.id, id: postureId, compareWith }) };
    }),
  );
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("posture"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const { assessment } = view;
  const catalog = catalogFor(assessment.catalogVersion);
  const eyebrow = (
    <Link href={`/organizations/${org.id}`} className="hover:underline">
      {org.name}
    </Link>
  );
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });

  if (assessment.status === "DRAFT" || !assessment.finalizedAt) {
    const editable = can(actor.role, "posture.update") && catalog;
    const today = isoDay(todayUtc());
    return (
      <ClientMessages namespaces={FORM_MESSAGES}>
        <PageHeader
          eyebrow={eyebrow}
          title={t("page.draftTitle")}
          description={t("page.draftDescription", {
            date: format.dateTime(assessment.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
            name: assessment.authorName,
          })}
        />
        {editable ? (
          <>
            <details className="mb-6 rounded-md border border-slate-200 bg-white px-4 py-3">
              <summary className="cursor-pointer text-sm font-medium text-slate-900">{t("form.level")}</summary>
              <div className="mt-3">
                <ScaleLegend />
              </div>
            </details>
            <PostureForm
              organizationId={org.id}
              saved={{ id: assessment.id, version: assessment.version }}
              questions={formQuestions(catalog, locale)}
              initial={formAnswers(catalog, assessment.answers, null)}
              today={today}
            />
          </>
        ) : (
          <Notice>{t("page.draftReadOnly")}</Notice>
        )}
      </ClientMessages>
    );
  }

  const result = assessment.result;
  const ranked = catalog ? rankItems(catalog, assessment.answers) : [];
  const answers = new Map(assessment.answers.map((a) => [a.questionId, a]));
  const earlierCatalog = view.comparison ? catalogFor(view.comparison.catalogVersion) : null;
  const comparison =
    catalog && result && view.comparison?.result && earlierCatalog
      ? comparePosture(
          { result, answers: assessment.answers, catalog },
          { result: view.comparison.result, answers: view.comparison.answers, catalog: earlierCatalog },
        )
      : null;
  const beforeLabel = view.comparison
    ? t("result.previous", { date: format.dateTime(view.comparison.finalizedAt, { dateStyle: "medium" }) })
    : null;
  const scoresOf = (r: typeof result) =>
    r
      ? (Object.fromEntries(CSF_FUNCTIONS.map((fn) => [fn, r.functions[fn].score])) as Record<
          CsfFunction,
          number | null
        >)
      : null;
  const gaps = ranked.filter((i) => i.gap);
  const month = formatPeriod(format, latestAllowedPeriod());
  const path = `/organizations/${org.id}/posture/${assessment.id}`;

  return (
    <ClientMessages namespaces={RESULT_MESSAGES}>
      <PageHeader
        eyebrow={eyebrow}
        title={t("page.resultTitle", { date: day(assessment.finalizedAt) })}
        description={t("page.resultDescription", { name: assessment.authorName, catalog: assessment.catalogVersion })}
        actions={
          <>
            <PrintButton />
            {can(actor.role, "posture.create") ? (
              <ButtonLink href={`/organizations/${org.id}/posture/new`} variant="ghost" data-testid="new-posture">
                {t("page.newAssessment")}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      {!result || !catalog ? (
        <Notice tone="warning" className="mb-6">
          {t("page.unreadable")}
        </Notice>
      ) : (
        <>
          <div className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <StatCard
              label={t("page.overall")}
              value={result.overall === null ? t("noScore") : t("scoreOutOf", { score: result.overall })}
              valueTestId="posture-overall"
              detail={
                comparison?.overall.delta != null && view.comparison
                  ? t("compare.since", {
                      change:
                        comparison.overall.delta === 0
                          ? t("result.noChange")
                          : format.number(comparison.overall.delta, { signDisplay: "exceptZero" }),
                      date: format.dateTime(view.comparison.finalizedAt, { dateStyle: "medium" }),
                    })
                  : undefined
              }
              detailTestId="posture-overall-change"
            />
          </div>

          <Card className="mb-6">
            <CardHeader
              title={t("result.scoresTitle")}
              description={t("result.scoresDescription", { date: day(assessment.finalizedAt) })}
            />
            <CardBody className="space-y-4">
              <ScoresChart
                label={t("result.chartLabel")}
                after={scoresOf(result)!}
                before={view.comparison ? scoresOf(view.comparison.result) : null}
                labels={{ after: t("compare.after"), before: beforeLabel ?? t("compare.before") }}
                names={
                  Object.fromEntries(CSF_FUNCTIONS.map((fn) => [fn, t(`functions.${fn}.name`)])) as Record<
                    CsfFunction,
                    string
                  >
                }
                formatValue={(v) => format.number(v)}
                pointTitle={(p) => tc("chartPoint", p)}
              />
              <ScoresTable result={result} comparison={comparison} beforeLabel={beforeLabel} />
              <details className="text-sm text-slate-700">
                <summary className="cursor-pointer font-medium text-brand-800 underline">
                  {t("result.howTitle")}
                </summary>
                <p className="mt-2 max-w-3xl">{t("result.how")}</p>
              </details>
            </CardBody>
          </Card>

          <Card className="mb-6">
            <CardHeader title={t("compare.title")} />
            <CardBody>
              <CompareSection
                path={path}
                earlier={view.earlier}
                compared={view.comparison}
                comparison={comparison}
                catalogs={{ later: catalog, earlier: earlierCatalog }}
              />
            </CardBody>
          </Card>

          <div className="mb-6 grid gap-6 xl:grid-cols-5">
            {can(actor.role, "posture.toReport") ? (
              <div className="xl:col-span-3">
                <Card>
                  <CardHeader title={t("gaps.title")} />
                  <CardBody>
                    {org.lifecycleStatus === "PROSPECT" ? (
                      <Notice>{t("gaps.prospect")}</Notice>
                    ) : gaps.length ? (
                      <GapsForm
                        assessmentId={assessment.id}
                        monthLabel={month}
                        languageLabel={t(`gaps.languages.${catalogLocale(locale)}`)}
                        gaps={gaps.map((g) => ({
                          id: g.question.id,
                          question: questionText(g.question, locale).question,
                          level: g.level!,
                          levelLabel: t(`levels.${g.level!}.label`),
                        }))}
                      />
                    ) : (
                      <p className="text-sm text-slate-700">{t("gaps.none")}</p>
                    )}
                  </CardBody>
                </Card>
              </div>
            ) : null}
            <div className="space-y-6 xl:col-span-2">
              {can(actor.role, "posture.export") ? (
                <Card>
                  <CardHeader title={t("export.title")} description={t("export.description")} />
                  <CardBody className="flex flex-wrap gap-2">
                    <a
                      href={`/api/posture/${assessment.id}/export?format=oscal`}
                      className={buttonClass("secondary")}
                      data-testid="export-oscal"
                      download
                    >
                      {t("export.oscalLink")}
                    </a>
                    <a
                      href={`/api/posture/${assessment.id}/export?format=csv`}
                      className={buttonClass("secondary")}
                      data-testid="export-csv"
                      download
                    >
                      {t("export.csvLink")}
                    </a>
                  </CardBody>
                </Card>
              ) : null}
              <Card>
                <CardHeader title={t("form.level")} />
                <CardBody>
                  <ScaleLegend />
                </CardBody>
              </Card>
            </div>
          </div>
          <Card className="mb-6">
            <CardHeader title={t("result.weakestTitle")} description={t("result.weakestDescription")} />
            <CardBody>
              <WeakestItems items={ranked} answers={answers} />
            </CardBody>
          </Card>
        </>
      )}
    </ClientMessages>
  );
}
