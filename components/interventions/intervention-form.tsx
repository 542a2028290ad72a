"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { createInterventionAction } from "@/lib/actions/interventions";
import { DETECTIONS, INTERVENTION_KINDS } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

/** The quick-add form of an organization's interventions log; what was typed stays on an error. */
export function InterventionForm({
  organizationId,
  today,
  currency,
  rate,
  categories,
}: {
  organizationId: string;
  /** "YYYY-MM-DD" (UTC), the default date and the latest allowed. */
  today: string;
  currency: string;
  /** The tenant's hourly rate, formatted. */
  rate: string;
  categories: string[];
}) {
  const t = useTranslations("interventions");
  const router = useRouter();
  const listId = useId();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [added, setAdded] = useState(false);
  const form = useActionForm(createInterventionAction, {
    onSuccess: () => {
      setAdded(true);
      setKey(crypto.randomUUID());
      router.refresh();
    },
  });
  return (
    <PostForm
      noValidate
      aria-label={t("add.heading")}
      className="space-y-4"
      data-testid="intervention-form"
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        setAdded(false);
        void form.submit({ ...formValues(el), organizationId, idempotencyKey: key }, el).then((r) => {
          if (r?.ok) el.reset();
        });
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          label={t("add.occurredOn")}
          name="occurredOn"
          type="date"
          max={today}
          defaultValue={today}
          error={form.fieldErrors.occurredOn}
        />
        <SelectField
          label={t("add.kind")}
          name="kind"
          defaultValue="TICKET"
          options={INTERVENTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          error={form.fieldErrors.kind}
        />
        <TextField label={t("add.hours")} name="hours" inputMode="decimal" error={form.fieldErrors.hours} />
        <TextField
          label={t("add.amountBilled", { currency })}
          name="amountBilled"
          inputMode="decimal"
          optional
          hint={t("add.amountBilledHint", { rate })}
          error={form.fieldErrors.amountBilled}
        />
        <TextField
          label={t("add.category")}
          name="category"
          list={listId}
          autoComplete="off"
          hint={t("add.categoryHint")}
          error={form.fieldErrors.category}
        />
        <datalist id={listId}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <SelectField
          label={t("add.detection")}
          name="detection"
          defaultValue="USER_REPORTED"
          options={DETECTIONS.map((d) => ({ value: d, label: t(`detections.${d}`) }))}
          error={form.fieldErrors.detection}
        />
        <TextField
          label={t("add.peopleAffected")}
          name="peopleAffected"
          inputMode="numeric"
          defaultValue="0"
          error={form.fieldErrors.peopleAffected}
        />
        <CheckboxField
          label={t("add.recurringCause")}
          name="recurringCause"
          className="self-end pb-2"
          error={form.fieldErrors.recurringCause}
        />
        <TextField
          label={t("add.sourceSystem")}
          name="sourceSystem"
          maxLength={LIMITS.interventionSource}
          optional
          hint={t("add.sourceSystemHint")}
          error={form.fieldErrors.sourceSystem}
        />
        <TextField
          label={t("add.externalId")}
          name="externalId"
          maxLength={LIMITS.externalId}
          optional
          error={form.fieldErrors.externalId}
        />
        <TextAreaField
          label={t("add.note")}
          name="note"
          maxLength={LIMITS.mediumText}
          optional
          rows={2}
          className="sm:col-span-2"
          error={form.fieldErrors.note}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={form.pending} pendingLabel={t("add.submitting")} testId="add-intervention">
          {t("add.submit")}
        </SubmitButton>
        {added ? (
          <span className="text-sm text-emerald-800" role="status">
            {t("add.added")}
          </span>
        ) : null}
      </div>
    </PostForm>
  );
}
