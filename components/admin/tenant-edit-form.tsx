"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateTenantAction } from "@/lib/actions/tenants";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";
import { LIMITS } from "@/lib/validation/limits";

export function TenantEditForm({ tenant }: { tenant: { id: string; name: string; slug: string; version: number } }) {
  const t = useTranslations("admin.tenants");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(updateTenantAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <PostForm
      noValidate
      className="space-y-4"
      data-testid="tenant-edit-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void form.submit(
          { ...formValues(e.currentTarget), id: tenant.id, expectedVersion: tenant.version },
          e.currentTarget,
        );
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextField
        label={t("fields.name")}
        name="name"
        defaultValue={tenant.name}
        required
        maxLength={LIMITS.tenantName}
        error={form.fieldErrors.name}
      />
      <TextField
        label={t("fields.slug")}
        name="slug"
        defaultValue={tenant.slug}
        required
        maxLength={48}
        hint={t("fields.slugHint")}
        error={form.fieldErrors.slug}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-tenant">
          {tc("save")}
        </SubmitButton>
        {saved ? (
          <span role="status" className="text-sm text-emerald-800">
            {t("detail.saved")}
          </span>
        ) : null}
      </div>
    </PostForm>
  );
}
