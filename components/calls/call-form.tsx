"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createCallAction, updateCallAction } from "@/lib/actions/calls";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";

export type CallFormValues = {
  id: string;
  version: number;
  occurredAt: string;
  attendees: string;
  summary: string;
  needs: string;
  nextSteps: string;
  followUpDate: string;
  followUpDone: boolean;
};

/** Log (no `call`) or edit a scoping call. Uncontrolled inputs: a failed save keeps every word. */
export function CallForm({
  organizationId,
  call,
  now,
}: {
  organizationId: string;
  call?: CallFormValues;
  now: string;
}) {
  const t = useTranslations("calls.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const done = (id: string) => {
    router.push(`/organizations/${organizationId}/calls/${id}`);
    router.refresh();
  };
  const create = useActionForm(createCallAction, { onSuccess: ({ id }) => done(id) });
  const update = useActionForm(updateCallAction, { onSuccess: ({ id }) => done(id) });
  const form = call ? update : create;
  const errors = form.fieldErrors;
  return (
    <form
      noValidate
      aria-label={call ? t("editLabel") : t("createLabel")}
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        const values = formValues(e.currentTarget);
        void form.submit(
          call
            ? { ...values, id: call.id, expectedVersion: call.version }
            : { ...values, organizationId, idempotencyKey },
          e.currentTarget,
        );
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("occurredAt")}
          name="occurredAt"
          type="datetime-local"
          defaultValue={call?.occurredAt ?? now}
          required
          hint={t("occurredAtHint")}
          error={errors.occurredAt}
        />
        <TextField
          label={t("attendees")}
          name="attendees"
          defaultValue={call?.attendees}
          required
          maxLength={300}
          hint={t("attendeesHint")}
          error={errors.attendees}
        />
      </div>
      <TextAreaField
        label={t("summary")}
        name="summary"
        defaultValue={call?.summary}
        required
        maxLength={5000}
        hint={t("summaryHint")}
        error={errors.summary}
      />
      <TextAreaField
        label={t("needs")}
        name="needs"
        defaultValue={call?.needs}
        required
        maxLength={5000}
        hint={t("needsHint")}
        error={errors.needs}
      />
      <TextAreaField
        label={t("nextSteps")}
        name="nextSteps"
        defaultValue={call?.nextSteps}
        required
        maxLength={5000}
        error={errors.nextSteps}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("followUpDate")}
          name="followUpDate"
          type="date"
          defaultValue={call?.followUpDate ?? ""}
          optional
          optionalLabel={tc("optional")}
          hint={t("followUpHint")}
          error={errors.followUpDate}
        />
        {call ? (
          <CheckboxField
            className="md:mt-7"
            label={t("followUpDone")}
            name="followUpDone"
            defaultChecked={call.followUpDone}
            error={errors.followUpDone}
          />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-call">
          {call ? tc("save") : t("create")}
        </SubmitButton>
        <ButtonLink
          href={call ? `/organizations/${organizationId}/calls/${call.id}` : `/organizations/${organizationId}`}
          variant="ghost"
        >
          {tc("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
