"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { decideItemAction, decideItemFormAction } from "@/lib/actions/decisions";
import { SIGNATURE_MAX } from "@/lib/signatures/signature-name";
import { LIMITS } from "@/lib/validation/limits";
import { DECISION_OUTCOMES, type DecisionItemKind } from "@/lib/vocabulary";

/**
 * An approver's decision on one report item: approve, defer to a month or decline, with a note
 * and their typed full name as signature. Posted as a plain form (works before JavaScript); the
 * errors sit next to their fields and what was typed stays.
 */
export function DecisionForm({
  reportId,
  itemKind,
  itemId,
  title,
  summary,
  supersedes,
  months,
  signerName,
  idempotencyKey,
}: {
  reportId: string;
  itemKind: DecisionItemKind;
  itemId: string;
  title: string;
  /** The disclosure's label ("Decide", "Change the decision"). */
  summary: string;
  /** The item's current decision as shown on the page ("" for none). */
  supersedes: string;
  /** The months it can be deferred to, with their labels. */
  months: { value: string; label: string }[];
  signerName: string;
  idempotencyKey: string;
}) {
  const t = useTranslations("decisions");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useProgressiveForm(decideItemAction, decideItemFormAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  // Open when the server answered a post made without JavaScript with errors: they must show.
  const hasErrors = !!form.formError || Object.keys(form.fieldErrors).length > 0;
  return (
    <details className="mt-2" open={hasErrors || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700" data-testid="decide">
        {summary}
      </summary>
      <PostForm
        noValidate
        className="mt-3 grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2"
        aria-label={t("form.label", { title })}
        data-testid="decision-form"
        {...form.formProps}
        onSubmit={(e) => {
          setSaved(false);
          form.formProps.onSubmit(e);
        }}
      >
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="itemKind" value={itemKind} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="supersedes" value={supersedes} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <div className="sm:col-span-2">
          <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
        </div>
        <SelectField
          label={t("form.decision")}
          name="decision"
          defaultValue={form.values.decision ?? "APPROVED"}
          options={DECISION_OUTCOMES.map((d) => ({ value: d, label: t(`form.choice.${d}`) }))}
          error={form.fieldErrors.decision}
        />
        <SelectField
          label={t("form.month")}
          name="deferredTo"
          hint={t("form.monthHint")}
          placeholder={t("form.noMonth")}
          defaultValue={form.values.deferredTo ?? ""}
          options={months}
          error={form.fieldErrors.deferredTo}
        />
        <TextAreaField
          label={t("form.note")}
          name="note"
          optional
          maxLength={LIMITS.decisionNote}
          rows={2}
          defaultValue={form.values.note}
          error={form.fieldErrors.note}
          className="sm:col-span-2"
        />
        <TextField
          label={t("form.signature")}
          name="signature"
          hint={t("form.signatureHint", { name: signerName })}
          autoComplete="name"
          maxLength={SIGNATURE_MAX}
          defaultValue={form.values.signature}
          error={form.fieldErrors.signature}
          className="sm:col-span-2"
        />
        <div className="flex items-center gap-3 sm:col-span-2">
          <SubmitButton
            pending={form.pending}
            pendingLabel={t("form.submitting")}
            testId="record-decision"
            worksWithoutScript
          >
            {t("form.submit")}
          </SubmitButton>
          {saved ? (
            <span role="status" className="text-sm text-emerald-800">
              {t("form.saved")}
            </span>
          ) : null}
        </div>
      </PostForm>
    </details>
  );
}
