"use client";

import { PostForm } from "@/components/forms/post-form";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { forgotPasswordAction, forgotPasswordFormAction } from "@/lib/actions/auth";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** "Forgot your password?": one address; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useProgressiveForm(forgotPasswordAction, forgotPasswordFormAction, {
    onSuccess: ({ email }) => setSentTo(email),
  });
  const sent = sentTo ?? (form.done ? (form.values.email ?? "") : null);
  if (sent !== null) {
    return (
      <Notice tone="success" testId="forgot-sent">
        {t("sent", { email: sent })}
      </Notice>
    );
  }
  return (
    <PostForm noValidate className="space-y-4" data-testid="forgot-form" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={form.values.email}
        required
        error={form.fieldErrors.email}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="forgot-submit" worksWithoutScript>
        {t("submit")}
      </SubmitButton>
    </PostForm>
  );
}
