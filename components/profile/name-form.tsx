"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateNameAction } from "@/lib/actions/profile";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";
import { LIMITS } from "@/lib/validation/limits";

export function NameForm({ name, version }: { name: string; version: number }) {
  const t = useTranslations("profile.name");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(updateNameAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <PostForm
      noValidate
      className="space-y-4"
      data-testid="name-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void form.submit({ ...formValues(e.currentTarget), expectedVersion: version }, e.currentTarget);
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextField
        label={t("label")}
        name="name"
        defaultValue={name}
        required
        maxLength={LIMITS.personName}
        autoComplete="name"
        error={form.fieldErrors.name}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-name">
          {tc("save")}
        </SubmitButton>
        {saved ? (
          <span role="status" className="text-sm text-emerald-800">
            {t("saved")}
          </span>
        ) : null}
      </div>
    </PostForm>
  );
}
