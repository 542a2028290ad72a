"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { resetPasswordAction, resetPasswordFormAction } from "@/lib/actions/invitations";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { TextField } from "@/components/ui/field";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("team.reset");
  const router = useRouter();
  const form = useProgressiveForm(resetPasswordAction, resetPasswordFormAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <PostForm noValidate className="space-y-4" data-testid="reset-form" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <input type="hidden" name="token" value={token} />
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
      <SubmitButton pending={form.pending} pendingLabel={t("setting")} testId="set-password" worksWithoutScript>
        {t("setPassword")}
      </SubmitButton>
    </PostForm>
  );
}
