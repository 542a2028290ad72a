"use client";

import { PostForm } from "@/components/forms/post-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createReportAction } from "@/lib/actions/reports";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextField } from "@/components/ui/field";

/** Organization + month. If that month's report exists already, it opens instead of a second one. */
export function NewReportForm({
  organizations,
  defaultOrganizationId,
  defaultPeriod,
  maxPeriod,
}: {
  organizations: { id: string; name: string }[];
  defaultOrganizationId: string;
  defaultPeriod: string;
  maxPeriod: string;
}) {
  const t = useTranslations("reports.new");
  const router = useRouter();
  const [key] = useState(() => crypto.randomUUID());
  const form = useActionForm(createReportAction, { onSuccess: (data) => router.push(`/reports/${data.id}/edit`) });
  return (
    <PostForm
      noValidate
      className="max-w-xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ ...formValues(e.currentTarget), idempotencyKey: key }, e.currentTarget);
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <SelectField
        label={t("organization")}
        name="organizationId"
        defaultValue={defaultOrganizationId}
        placeholder={t("chooseOrganization")}
        options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        error={form.fieldErrors.organizationId}
      />
      <TextField
        type="month"
        label={t("period")}
        name="period"
        defaultValue={defaultPeriod}
        max={maxPeriod}
        hint={t("periodHint")}
        error={form.fieldErrors.period}
      />
      <p className="text-sm text-slate-600">{t("structureHint")}</p>
      <SubmitButton pending={form.pending} pendingLabel={t("creating")} testId="create-report">
        {t("submit")}
      </SubmitButton>
    </PostForm>
  );
}
