import { useFormatter, useTranslations } from "next-intl";
import { AnswersSummary } from "@/components/assessments/answers-summary";
import { ConditionsAndTriggers } from "@/components/assessments/result/conditions-triggers";
import { CostChart } from "@/components/assessments/result/cost-chart";
import { Assumptions, CostSummary } from "@/components/assessments/result/cost-summary";
import { DecisionGrid } from "@/components/assessments/result/decision-grid";
import { RecommendationCard } from "@/components/assessments/result/recommendation-card";
import { ManagedScope, WhatWouldChange } from "@/components/assessments/result/scope-and-changes";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { AssessmentDraftFields } from "@/lib/domain/assessments/schemas";
import type { StoredResult } from "@/lib/domain/assessments/stored-result";
import { useEngineText } from "@/components/assessments/use-engine-text";
import type { StoredCosts } from "@/lib/domain/assessments/stored-result";
import type { ServiceModel } from "@/lib/engine";

const OUTSIDE = new Set(["migration", "renewal", "networkRedesign"]);

/** A stored result, rendered from its JSON exactly as it was computed. */
export function ResultView({
  result,
  fields,
  currency,
}: {
  result: StoredResult;
  fields: AssessmentDraftFields;
  currency: string;
}) {
  const t = useTranslations("assessments.result");
  const say = useEngineText();
  return (
    <div className="space-y-6" data-testid="stored-result">
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader title={t("recommendationTitle")} />
          <CardBody className="space-y-5">
            <RecommendationCard result={result} testId="recommendation" />
            <div>
              <h3 className="text-sm font-semibold text-slate-900">{t("reasonsTitle")}</h3>
              <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm text-slate-800" data-testid="reasons">
                {result.reasons.map((r, i) => (
                  <li key={i}>{say(r)}</li>
                ))}
              </ol>
            </div>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("gridTitle")} description={t("gridDescription")} />
          <DecisionGrid grid={result.grid} />
          <CardBody>
            <ConditionsAndTriggers conditions={result.breakFixConditions} triggers={result.mspTriggers} />
          </CardBody>
        </Card>
      </div>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader title={t("scopeTitle")} />
          <CardBody>
            <ManagedScope result={result} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("changesTitle")} description={t("changesDescription")} />
          <CardBody>
            <WhatWouldChange entries={result.whatWouldChange} />
          </CardBody>
        </Card>
      </div>

      {result.costs ? (
        <CostsCard costs={result.costs} currency={currency} recommendation={result.recommendation} />
      ) : (
        <Notice tone="info">{t("noCosts")}</Notice>
      )}

      <Card>
        <CardHeader title={t("answersTitle")} />
        <CardBody>
          <AnswersSummary fields={fields} currency={currency} />
        </CardBody>
      </Card>
    </div>
  );
}

function CostsCard({
  costs,
  currency,
  recommendation,
}: {
  costs: StoredCosts;
  currency: string;
  recommendation: ServiceModel;
}) {
  const t = useTranslations("assessments.result");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader title={t("costsTitle")} description={t("costsDescription", { months: costs.horizonMonths })} />
      <CardBody className="space-y-5">
        <CostChart costs={costs} currency={currency} />
        <CostSummary costs={costs} currency={currency} recommendation={recommendation} />
        <Notice tone="info" testId="outside-contract">
          {t("outsideContract", {
            projects: format.list(
              costs.outsideContract.map((p) => (OUTSIDE.has(p) ? t(`projects.${p}`) : p)),
              { type: "conjunction" },
            ),
          })}
        </Notice>
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("assumptionsTitle")}</summary>
          <div className="mt-3">
            <Assumptions costs={costs} currency={currency} />
          </div>
        </details>
      </CardBody>
    </Card>
  );
}
