"use client";

import { PostForm } from "@/components/forms/post-form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import { postureToReportAction } from "@/lib/actions/posture";

export type GapOption = { id: string; question: string; level: string; levelLabel: string };

/**
 * Chooses gaps of a finalized posture assessment and adds them to the next steering report as
 * recommendations or roadmap items, in one action. Says what was added and links to the report.
 */
export function GapsForm({
  assessmentId,
  gaps,
  monthLabel,
  languageLabel,
}: {
  assessmentId: string;
  gaps: GapOption[];
  monthLabel: string;
  languageLabel: string;
}) {
  const t = useTranslations("posture.gaps");
  const tc = useTranslations("common");
  const [done, setDone] = useState<{ reportId: string; added: number; skipped: number } | null>(null);
  const form = useActionForm(postureToReportAction, {
    onSuccess: (data) => setDone({ reportId: data.reportId, added: data.added, skipped: data.skipped }),
  });
  const error = form.fieldErrors.questionIds;
  return (
    <PostForm
      noValidate
      className="space-y-4"
      data-testid="posture-gaps-form"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        const values = formValues(e.currentTarget);
        void form.submit(
          { id: assessmentId, questionIds: values.questionIds ?? [], target: values.target },
          e.currentTarget,
        );
      }}
    >
      <p className="text-sm text-slate-700">{t("description", { month: monthLabel, language: languageLabel })}</p>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      {done ? (
        <Notice tone="success" testId="posture-gaps-done">
          {t("added", { added: done.added, skipped: done.skipped, month: monthLabel })}{" "}
          <Link href={`/reports/${done.reportId}`} className="font-medium underline" data-testid="posture-gaps-report">
            {t("openReport")}
          </Link>
        </Notice>
      ) : null}
      <fieldset aria-invalid={!!error} aria-describedby={error ? "gaps-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
        <ul className="mt-2 space-y-2">
          {gaps.map((g) => (
            <li key={g.id}>
              <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input
                  type="checkbox"
                  name="questionIds"
                  value={g.id}
                  data-array=""
                  className="mt-0.5 h-4 w-4 shrink-0"
                  data-testid={`gap-${g.id}`}
                />
                <span>
                  <span className="block text-slate-900">{g.question}</span>
                  <span className="text-xs text-slate-600">{g.levelLabel}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {error ? (
          <p id="gaps-error" className="mt-2 text-sm font-medium text-red-700" data-field-error="questionIds">
            {error}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("target")}</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          {(["recommendations", "roadmap"] as const).map((target) => (
            <label key={target} className="flex items-center gap-2">
              <input
                type="radio"
                name="target"
                value={target}
                defaultChecked={target === "recommendations"}
                className="h-4 w-4"
                data-testid={`gaps-target-${target}`}
              />
              {t(target)}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="posture-gaps-submit">
        {t("submit")}
      </SubmitButton>
    </PostForm>
  );
}
