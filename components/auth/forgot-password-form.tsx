"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { forgotPasswordAction } from "@/lib/actions/auth";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** "Forgot your password?": one address; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useActionForm(forgotPasswordAction, { onSuccess: ({ email }) => setSentTo(email) });
  if (sentTo) {
    return (
      <Notice tone="success" testId="forgot-sent">
        {t("sent", { email: sentTo })}
      </Notice>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="forgot-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(formValues(e.currentTarget), e.currentTarget);
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        error={form.fieldErrors.email}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="forgot-submit">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
