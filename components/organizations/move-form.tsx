"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { recordModelChangeAction } from "@/lib/actions/model-changes";
import { ChoiceGroup } from "@/components/assessments/choice-group";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { MOVE_TARGETS, type MoveTarget } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

/** Records the organization's move to a model (or its departure), optionally from an assessment. */
export function MoveForm({
  organizationId,
  version,
  assessmentId,
  proposalId = null,
  defaultTarget,
  defaultReason,
  today,
  canLeave,
}: {
  organizationId: string;
  version: number;
  assessmentId: string | null;
  /** The approved proposal this move closes (its page prefills target, reason and assessment). */
  proposalId?: string | null;
  defaultTarget: MoveTarget | null;
  defaultReason?: string;
  today: string;
  canLeave: boolean;
}) {
  const t = useTranslations("orgs.move.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useActionForm(recordModelChangeAction, {
    onSuccess: () => {
      router.push(`/organizations/${organizationId}`);
      router.refresh();
    },
  });
  const targets = MOVE_TARGETS.filter((m) => m !== "LEFT" || canLeave);
  return (
    <PostForm
      noValidate
      aria-label={t("label")}
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          {
            ...formValues(e.currentTarget),
            organizationId,
            expectedVersion: version,
            assessmentId: assessmentId ?? "",
            proposalId: proposalId ?? "",
            idempotencyKey,
          },
          e.currentTarget,
        );
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <ChoiceGroup
        legend={t("toModel")}
        name="toModel"
        defaultValue={defaultTarget}
        hint={t("toModelHint")}
        error={form.fieldErrors.toModel}
        columns={4}
        options={targets.map((m) => ({
          value: m,
          label: m === "LEFT" ? t("left") : tc(`serviceModel.${m}`),
          description: t(`targetHelp.${m}`),
        }))}
      />
      <TextField
        label={t("effectiveDate")}
        name="effectiveDate"
        type="date"
        defaultValue={today}
        max={today}
        required
        hint={t("effectiveDateHint")}
        error={form.fieldErrors.effectiveDate}
      />
      <TextAreaField
        label={t("reason")}
        name="reason"
        required
        maxLength={LIMITS.mediumText}
        defaultValue={defaultReason}
        placeholder={t("reasonPlaceholder")}
        error={form.fieldErrors.reason}
      />
      {form.fieldErrors.assessmentId ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {form.fieldErrors.assessmentId}
        </p>
      ) : null}
      {form.fieldErrors.proposalId ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {form.fieldErrors.proposalId}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-move">
          {t("submit")}
        </SubmitButton>
        <ButtonLink href={`/organizations/${organizationId}`} variant="ghost">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </PostForm>
  );
}
