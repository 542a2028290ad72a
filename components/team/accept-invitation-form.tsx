"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { acceptInvitationAction, acceptInvitationFormAction } from "@/lib/actions/invitations";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { TextField } from "@/components/ui/field";
import { LIMITS } from "@/lib/validation/limits";

/**
 * Accepting an invitation: someone new chooses a name and a password; someone who
 * already uses Mainstay with this email proves it with that account's password
 * (never changed here). The invitee says which: the page is the same for every
 * email, so that it tells nothing to an inviter who opens the link.
 */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("team.accept");
  const router = useRouter();
  const [mode, setMode] = useState<"new" | "existing">("new");
  const form = useProgressiveForm(acceptInvitationAction, acceptInvitationFormAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
    extra: () => ({ token, mode }),
  });
  return (
    <PostForm noValidate className="space-y-4" data-testid="accept-form" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <input type="hidden" name="token" value={token} />
      <TextField label={t("email")} name="email" type="email" value={email} readOnly disabled autoComplete="username" />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("modeQuestion")}</legend>
        {(["new", "existing"] as const).map((m) => (
          <label key={m} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
              className="h-4 w-4"
              data-testid={`accept-mode-${m}`}
            />
            {t(m === "new" ? "modeNew" : "modeExisting")}
          </label>
        ))}
      </fieldset>
      {mode === "existing" ? (
        <>
          <p className="text-sm text-slate-700">{t("existingAccount")}</p>
          <TextField
            key="existing-password"
            label={t("currentPassword")}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={form.fieldErrors.password}
          />
          <SubmitButton
            pending={form.pending}
            pendingLabel={t("submitting")}
            testId="accept-invitation"
            worksWithoutScript
          >
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
            defaultValue={form.values.name}
            required
            maxLength={LIMITS.personName}
            error={form.fieldErrors.name}
          />
          <TextField
            key="new-password"
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
          <SubmitButton
            pending={form.pending}
            pendingLabel={t("submitting")}
            testId="accept-invitation"
            worksWithoutScript
          >
            {t("createSubmit")}
          </SubmitButton>
        </>
      )}
    </PostForm>
  );
}
