"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createCallAction, createCallFormAction, updateCallAction } from "@/lib/actions/calls";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { ButtonLink } from "@/components/ui/button";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { LIMITS } from "@/lib/validation/limits";

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
  // Logging a call works without JavaScript too (a POST to createCallFormAction); editing needs it.
  const create = useProgressiveForm(createCallAction, createCallFormAction, { onSuccess: ({ id }) => done(id) });
  const update = useActionForm(updateCallAction, { onSuccess: ({ id }) => done(id) });
  const form = call ? update : create;
  const errors = form.fieldErrors;
  // What was typed before a submit without JavaScript that the server refused.
  const typed: Record<string, string | undefined> = call ? {} : create.values;
  return (
    <PostForm
      noValidate
      aria-label={call ? t("editLabel") : t("createLabel")}
      className="space-y-5"
      {...(call
        ? {
            onSubmit: (e: React.FormEvent<HTMLFormElement>) => {
              e.preventDefault();
              void form.submit(
                { ...formValues(e.currentTarget), id: call.id, expectedVersion: call.version },
                e.currentTarget,
              );
            },
          }
        : create.formProps)}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      {call ? null : (
        <>
          <input type="hidden" name="organizationId" value={organizationId} />
          {/* The server's key when the page was sent (a submit before hydration), the browser's after. */}
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} suppressHydrationWarning />
        </>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("occurredAt")}
          name="occurredAt"
          type="datetime-local"
          defaultValue={call?.occurredAt ?? typed.occurredAt ?? now}
          required
          hint={t("occurredAtHint")}
          error={errors.occurredAt}
        />
        <TextField
          label={t("attendees")}
          name="attendees"
          defaultValue={call?.attendees ?? typed.attendees}
          required
          maxLength={LIMITS.attendees}
          hint={t("attendeesHint")}
          error={errors.attendees}
        />
      </div>
      <TextAreaField
        label={t("summary")}
        name="summary"
        defaultValue={call?.summary ?? typed.summary}
        required
        maxLength={LIMITS.longText}
        hint={t("summaryHint")}
        error={errors.summary}
      />
      <TextAreaField
        label={t("needs")}
        name="needs"
        defaultValue={call?.needs ?? typed.needs}
        required
        maxLength={LIMITS.longText}
        hint={t("needsHint")}
        error={errors.needs}
      />
      <TextAreaField
        label={t("nextSteps")}
        name="nextSteps"
        defaultValue={call?.nextSteps ?? typed.nextSteps}
        required
        maxLength={LIMITS.longText}
        error={errors.nextSteps}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("followUpDate")}
          name="followUpDate"
          type="date"
          defaultValue={call?.followUpDate ?? typed.followUpDate ?? ""}
          optional
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
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-call" worksWithoutScript={!call}>
          {call ? tc("save") : t("create")}
        </SubmitButton>
        <ButtonLink
          href={call ? `/organizations/${organizationId}/calls/${call.id}` : `/organizations/${organizationId}`}
          variant="ghost"
        >
          {tc("cancel")}
        </ButtonLink>
      </div>
    </PostForm>
  );
}
