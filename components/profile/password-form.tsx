"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { changePasswordAction } from "@/lib/actions/profile";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("profile.password");
  const router = useRouter();
  const [changed, setChanged] = useState(false);
  const form = useActionForm(changePasswordAction, {
    onSuccess: ({ signedIn }) => {
      if (!signedIn) {
        router.replace("/login?ended=1");
        return;
      }
      setChanged(true);
      router.refresh();
    },
  });
  return (
    <PostForm
      noValidate
      className="space-y-4"
      data-testid="password-form"
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        setChanged(false);
        void form.submit(formValues(el), el).then((r) => {
          if (r?.ok) el.reset();
        });
      }}
    >
      {changed ? (
        <Notice tone="success" testId="password-changed">
          {t("changed")}
        </Notice>
      ) : null}
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <input type="email" name="username" value={email} readOnly hidden autoComplete="username" data-ignore />
      <TextField
        label={t("current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={form.fieldErrors.currentPassword}
      />
      <TextField
        label={t("new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint={t("newHint")}
        error={form.fieldErrors.newPassword}
      />
      <TextField
        label={t("confirm")}
        name="newPasswordConfirm"
        type="password"
        autoComplete="new-password"
        required
        error={form.fieldErrors.newPasswordConfirm}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="change-password">
        {t("submit")}
      </SubmitButton>
    </PostForm>
  );
}
