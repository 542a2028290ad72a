import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages, type MessagePath } from "@/components/i18n/client-messages";
import { HistoryLogNote } from "@/components/assessments/history-log-note";
import { LazyAssessmentForm } from "@/components/assessments/lazy-assessment-form";
import { PrintButton } from "@/components/assessments/print-button";
import { AssessmentProposals } from "@/components/proposals/assessment-proposals";
import { ResultView } from "@/components/assessments/result-view";
import { DeferredWhatIf } from "@/components/assessments/what-if-deferred";
import { ModelBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { can } from "@/lib/access/permissions";
import { getAssessment } from "@/lib/domain/assessments/get-assessment";
import { tenantPricing } from "@/lib/domain/assessments/tenant-pricing";
import { whatIfDefaults } from "@/lib/domain/assessments/what-if-defaults";
import { getOrganization } from "@/lib/domain/organizations/get-organization";
import { listProposals } from "@/lib/domain/proposals/list-proposals";
import { interventionHistory } from "@/lib/domain/interventions/intervention-history";
import { ENGINE_VERSION, validateAssessmentInput } from "@/lib/engine";
import { engineInputOf } from "@/lib/domain/assessments/stored-input";

/** The result's client components: the print button, the cost chart and the what-if (which reuses the recommendation card and the cost summary, and renders the engine's texts). */
const RESULT_MESSAGES = [
  "validation",
  "assessments.whatIf",
  "assessments.form.fields",
  "assessments.result.confidence",
  "assessments.result.score",
  "assessments.result.scoresLabel",
  "assessments.result.costs",
  "engine",
  "proposals.staff",
] as const satisfies readonly MessagePath[];

export async function generateMetadata() {
  const t = await getTranslations("assessments.page");
  return { title: t("metaTitle") };
}

export default async function AssessmentPage({ params }: { params: Promise<{ id: string; assessmentId: string }> }) {
  const actor = await requirePage("assessment.read");
  const { id, assessmentId } = await params;
  const { org, assessment, pricing, log, proposals } = await orNotFound(
    scoped(actor, async (tx) => {
      const org = await getOrganization(tx, actor, id);
      const assessment = await getAssessment(tx, actor, org.id, assessmentId);
      return {
        org,
        assessment,
        pricing: assessment.status === "DRAFT" ? await tenantPricing(tx, actor.tenantId!) : null,
        log: assessment.status === "DRAFT" ? await interventionHistory(tx, actor, org.id, {}) : null,
        proposals:
          assessment.status === "FINAL" && can(actor.role, "proposal.read")
            ? await listProposals(tx, actor, { organizationId: org.id, assessmentId: assessment.id })
            : [],
      };
    }),
  );
  const [t, tc, format] = await Promise.all([
    getTranslations("assessments.page"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const eyebrow = (
    <Link href={`/organizations/${org.id}`} className="hover:underline">
      {org.name}
    </Link>
  );

  if (assessment.status === "DRAFT" || !assessment.result) {
    const editable = can(actor.role, "assessment.update") && pricing;
    return (
      <>
        <PageHeader
          eyebrow={eyebrow}
          title={t("draftTitle")}
          description={t("draftDescription", {
            date: format.dateTime(assessment.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
            name: assessment.authorName,
          })}
        />
        {editable ? (
          <ClientMessages namespaces={["assessments.form"]}>
            <LazyAssessmentForm
              organizationId={org.id}
              saved={{ id: assessment.id, version: assessment.version }}
              initial={assessment.fields}
              pricing={pricing}
              currency={actor.currency}
              historyNote={
                <HistoryLogNote organizationId={org.id} log={log} current={assessment.fields.incidentHistory} />
              }
            />
          </ClientMessages>
        ) : (
          <Notice>{t("draftReadOnly")}</Notice>
        )}
      </>
    );
  }

  const result = assessment.result;
  const storedInput = validateAssessmentInput(engineInputOf(assessment.fields));
  const finalizedOn = format.dateTime(assessment.finalizedAt!, { dateStyle: "long" });
  return (
    <ClientMessages namespaces={RESULT_MESSAGES}>
      <PageHeader
        eyebrow={eyebrow}
        title={t("resultTitle", { date: finalizedOn })}
        description={t("resultDescription", {
          name: assessment.authorName,
          version: assessment.engineVersion ?? result.engineVersion,
        })}
        actions={
          <>
            <PrintButton />
            {can(actor.role, "assessment.create") ? (
              <ButtonLink href={`/organizations/${org.id}/assessments/new`} variant="ghost">
                {t("newAssessment")}
              </ButtonLink>
            ) : null}
            {can(actor.role, "modelChange.create") ? (
              <ButtonLink
                href={`/organizations/${org.id}/move?assessment=${assessment.id}`}
                variant="primary"
                data-testid="record-move"
              >
                {t("recordMove")}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <span>{t("currentModel")}</span>
        <ModelBadge model={org.currentModel} label={tc(`serviceModel.${org.currentModel}`)} />
        {assessment.costGap !== null ? (
          <span data-testid="cost-gap">
            {t(assessment.costGap >= 0 ? "costGapSaves" : "costGapCosts", {
              amount: format.number(Math.abs(assessment.costGap), {
                style: "currency",
                currency: actor.currency,
                maximumFractionDigits: 0,
              }),
            })}
          </span>
        ) : null}
      </div>
      {(assessment.engineVersion ?? result.engineVersion) !== ENGINE_VERSION ? (
        <Notice tone="info" className="mb-6" testId="engine-version-note">
          {t("olderEngine", { stored: assessment.engineVersion ?? result.engineVersion, current: ENGINE_VERSION })}
        </Notice>
      ) : null}

      {can(actor.role, "proposal.read") ? (
        <AssessmentProposals
          organizationId={org.id}
          assessmentId={assessment.id}
          proposals={proposals}
          alreadyOnModel={org.lifecycleStatus === "ACTIVE" && org.currentModel === result.recommendation}
          canShare={can(actor.role, "proposal.share")}
          canMove={can(actor.role, "modelChange.create")}
        />
      ) : null}

      <ResultView result={result} fields={assessment.fields} currency={actor.currency} />

      {storedInput.ok ? (
        <Card className="no-print mt-8 border-dashed border-brand-600">
          <CardHeader title={t("whatIfTitle")} description={t("whatIfDescription")} />
          <CardBody>
            <DeferredWhatIf
              input={storedInput.input}
              defaults={whatIfDefaults(result)}
              stored={{
                recommendation: result.recommendation,
                engineVersion: result.engineVersion,
                total: result.costs ? result.costs[result.recommendation].total : null,
              }}
              currency={actor.currency}
            />
          </CardBody>
        </Card>
      ) : null}
    </ClientMessages>
  );
}
