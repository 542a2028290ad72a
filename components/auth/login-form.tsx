"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/actions/auth";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const form = useActionForm(signInAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ ...formValues(e.currentTarget), ...(next ? { next } : {}) }, e.currentTarget);
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
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={form.fieldErrors.password}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="sign-in">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
