"use client";

import { PostForm } from "@/components/forms/post-form";
import { useScriptGate } from "@/components/forms/submit-button";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { reportVersionAction, saveReportAction } from "@/lib/actions/reports";
import { BudgetFields, RecommendationFields, RoadmapFields } from "@/components/reports/editor/list-fields";
import { ImportMetrics } from "@/components/reports/editor/import-metrics";
import { MetricFields, type MetricsFiller } from "@/components/reports/editor/metric-fields";
import { FormError } from "@/components/forms/form-error";
import { LeaveGuard } from "@/components/forms/leave-guard";
import { formValues } from "@/components/forms/form-values";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Spinner } from "@/components/ui/spinner";
import type { ReportMetricsProposal } from "@/lib/interventions/report-metrics";
import type { ReportContent } from "@/lib/reports/content";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  report: { id: string; version: number; period: string };
  /** "YYYY-MM-DD" (UTC): figures are dated no later. */
  today: string;
  content: ReportContent;
  quarters: string[];
  defaultQuarter: string;
  currency: string;
  /** The month's figures from the interventions log (null: nothing logged). */
  logProposal: ReportMetricsProposal | null;
};

/**
 * The report editor. Inputs are uncontrolled: whatever happens on the server
 * (field errors, a conflict with a colleague's save, a lost connection) what
 * the user typed stays on screen. Saves carry the version the editor loaded;
 * a CONFLICT offers to look at the newer version or to save this one over it.
 */
export function ReportEditor({ report, today, content, quarters, defaultQuarter, currency, logProposal }: Props) {
  const t = useTranslations("reports.editor");
  const tr = useTranslations("reports");
  const gate = useScriptGate();
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  // A ref, not state: "save mine anyway" sets it and submits in the same tick.
  const version = useRef(report.version);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [takingOver, setTakingOver] = useState(false);
  const [cannotTakeOver, setCannotTakeOver] = useState(false);
  const [pendingIntent, setPendingIntent] = useState<"save" | "preview" | null>(null);
  const form = useActionForm(saveReportAction);
  const markDirty = () => setDirty(true);
  const metricsFiller = useRef<MetricsFiller>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value === "preview" ? "preview" : "save";
    setPendingIntent(intent);
    const result = await form.submit(
      { ...formValues(e.currentTarget), id: report.id, expectedVersion: version.current },
      e.currentTarget,
    );
    setPendingIntent(null);
    if (!result) return;
    if (!result.ok) {
      setConflict(result.code === "CONFLICT");
      // The first field in error gets focus (useActionForm); keep it clear of the sticky action bar.
      if (result.fieldErrors)
        setTimeout(
          () => formRef.current?.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: "center" }),
          50,
        );
      return;
    }
    setConflict(false);
    version.current = result.data.version;
    setSavedAt(new Date());
    setDirty(false);
    if (intent === "preview") router.push(`/reports/${report.id}`);
    else router.refresh();
  }

  async function takeOver() {
    setTakingOver(true);
    try {
      const latest = await reportVersionAction({ id: report.id });
      if (!latest.ok) return;
      if (latest.data.status === "PUBLISHED") {
        setCannotTakeOver(true);
        return;
      }
      version.current = latest.data.version;
      setConflict(false);
      form.clear();
      formRef.current?.requestSubmit();
    } finally {
      setTakingOver(false);
    }
  }

  return (
    <div className="space-y-6">
      <details className="rounded-md border border-slate-200 bg-white p-4" data-testid="metrics-import-details">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t("importMetrics")}</summary>
        <div className="mt-4">
          <ImportMetrics reportId={report.id} onUse={(proposal) => metricsFiller.current?.fill(proposal)} />
        </div>
      </details>
      <PostForm
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        onInput={markDirty}
        className="space-y-6 [&_input]:scroll-mb-24 [&_select]:scroll-mb-24 [&_textarea]:scroll-mb-24"
        data-testid="report-editor"
        aria-describedby="editor-help"
      >
        <p id="editor-help" className="text-sm text-slate-600">
          {t("help")}
        </p>
        <LeaveGuard dirty={dirty} />
        <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
        {conflict ? (
          <Notice tone="warning" testId="conflict">
            <p>{cannotTakeOver ? t("publishedMeanwhileHelp") : t("conflictHelp")}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Link
                href={`/reports/${report.id}`}
                target="_blank"
                rel="noopener"
                className="font-medium text-brand-800 underline"
              >
                {t("openLatest")}
              </Link>
              <Button
                size="sm"
                variant="secondary"
                onClick={takeOver}
                disabled={takingOver || cannotTakeOver}
                data-testid="take-over"
              >
                {takingOver ? <Spinner /> : null}
                {t("saveMineAnyway")}
              </Button>
            </div>
          </Notice>
        ) : null}

        <Card>
          <CardHeader title={tr("view.narrativeTitle")} description={t("narrativeHelp")} />
          <CardBody className="space-y-4">
            {(["highlights", "risks", "decisionsNeeded"] as const).map((key) => (
              <TextAreaField
                key={key}
                label={tr(`narrative.${key}`)}
                name={`narrative.${key}`}
                maxLength={LIMITS.longText}
                optional
                defaultValue={content.narrative[key] ?? ""}
                error={form.fieldErrors[`narrative.${key}`]}
              />
            ))}
          </CardBody>
        </Card>

        <Card>
          <CardHeader title={tr("view.metricsTitle")} description={t("metricsHelp")} />
          <CardBody>
            <MetricFields
              metrics={content.metrics}
              period={report.period}
              today={today}
              errors={form.fieldErrors}
              onRowsChange={markDirty}
              logProposal={logProposal}
              filler={metricsFiller}
            />
          </CardBody>
        </Card>

        <Card>
          <CardHeader title={tr("view.recommendationsTitle")} />
          <CardBody>
            <RecommendationFields items={content.recommendations} errors={form.fieldErrors} onRowsChange={markDirty} />
          </CardBody>
        </Card>

        <Card>
          <CardHeader title={tr("view.roadmapTitle")} description={t("roadmapHelp")} />
          <CardBody>
            <RoadmapFields
              items={content.roadmap}
              quarters={quarters}
              defaultQuarter={defaultQuarter}
              errors={form.fieldErrors}
              onRowsChange={markDirty}
            />
          </CardBody>
        </Card>

        <Card>
          <CardHeader title={tr("view.budgetTitle")} description={tr("view.budgetDescription")} />
          <CardBody>
            <BudgetFields
              lines={content.budget}
              currency={currency}
              errors={form.fieldErrors}
              onRowsChange={markDirty}
            />
          </CardBody>
        </Card>

        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
          <p className="mr-auto text-sm text-slate-600" role="status" aria-live="polite" data-testid="save-state">
            {form.pending
              ? tc("saving")
              : savedAt
                ? t("savedAt", { time: format.dateTime(savedAt, { timeStyle: "short" }) })
                : dirty
                  ? t("unsaved")
                  : ""}
          </p>
          <Button
            type="submit"
            name="intent"
            value="save"
            variant="secondary"
            disabled={form.pending || gate.waiting}
            {...gate.buttonProps}
            aria-busy={pendingIntent === "save"}
            data-testid="save-draft"
          >
            {pendingIntent === "save" ? <Spinner /> : null}
            {t("saveDraft")}
          </Button>
          <Button
            type="submit"
            name="intent"
            value="preview"
            disabled={form.pending || gate.waiting}
            {...gate.buttonProps}
            aria-busy={pendingIntent === "preview"}
            data-testid="save-preview"
          >
            {pendingIntent === "preview" ? <Spinner /> : null}
            {t("saveAndPreview")}
          </Button>
          {gate.note}
        </div>
      </PostForm>
    </div>
  );
}
