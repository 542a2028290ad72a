"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";

/**
 * Accepting an invitation: a new account chooses a name and a password; an
 * existing account proves itself with its current password (never changed here).
 */
export function AcceptInvitationForm({
  token,
  email,
  hasAccount,
}: {
  token: string;
  email: string;
  hasAccount: boolean;
}) {
  const t = useTranslations("team.accept");
  const router = useRouter();
  const form = useActionForm(acceptInvitationAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="accept-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          { ...formValues(e.currentTarget), token, mode: hasAccount ? "existing" : "new" },
          e.currentTarget,
        );
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextField label={t("email")} name="email" type="email" value={email} readOnly disabled autoComplete="username" />
      {hasAccount ? (
        <>
          <p className="text-sm text-slate-700">{t("existingAccount")}</p>
          <TextField
            label={t("currentPassword")}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={form.fieldErrors.password}
          />
          <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="accept-invitation">
            {t("existingSubmit")}
          </SubmitButton>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("newAccount")}</p>
          <TextField
            label={t("name")}
            name="name"
            autoComplete="name"
            required
            maxLength={120}
            error={form.fieldErrors.name}
          />
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
          <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="accept-invitation">
            {t("createSubmit")}
          </SubmitButton>
        </>
      )}
    </form>
  );
}
