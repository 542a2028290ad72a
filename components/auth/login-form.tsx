"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { signInAction, signInFormAction } from "@/lib/actions/auth";
import { FormError } from "@/components/forms/form-error";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { TextField } from "@/components/ui/field";

/** Signing in; works before the page's script has run too (a POST to signInFormAction, never a GET). */
export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const form = useProgressiveForm(signInAction, signInFormAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <PostForm noValidate className="space-y-4" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={form.values.email}
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
      <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="sign-in" worksWithoutScript>
        {t("submit")}
      </SubmitButton>
    </PostForm>
  );
}
