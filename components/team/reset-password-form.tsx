"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/actions/invitations";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("team.reset");
  const router = useRouter();
  const form = useActionForm(resetPasswordAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="reset-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ ...formValues(e.currentTarget), token }, e.currentTarget);
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} readOnly hidden autoComplete="username" data-ignore />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint={t("passwordHint")}
        error={form.fieldErrors.password}
      />
      <TextField
        label={t("passwordConfirm")}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        error={form.fieldErrors.passwordConfirm}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("setting")} testId="set-password">
        {t("setPassword")}
      </SubmitButton>
    </form>
  );
}
