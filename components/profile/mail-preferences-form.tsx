"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { CheckboxField } from "@/components/ui/field";
import type { MailKind } from "@/lib/generated/prisma/enums";
import { updateMailPreferencesAction, updateMailPreferencesFormAction } from "@/lib/actions/mail";

/**
 * The e-mails a member receives (one box per kind their role gets). Works without JavaScript: the
 * ticked boxes are posted as repeated `receive` fields, none when nothing is ticked.
 */
export function MailPreferencesForm({ preferences }: { preferences: { kind: MailKind; enabled: boolean }[] }) {
  const t = useTranslations("mail");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useProgressiveForm(updateMailPreferencesAction, updateMailPreferencesFormAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <PostForm noValidate className="space-y-4" data-testid="mail-preferences-form" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("preferences.legend")}</legend>
        {preferences.map(({ kind, enabled }) => (
          <CheckboxField
            key={kind}
            name="receive"
            value={kind}
            data-array
            defaultChecked={enabled}
            label={t(`kinds.${kind}.label`)}
            hint={t(`kinds.${kind}.hint`)}
            data-testid={`mail-kind-${kind}`}
          />
        ))}
      </fieldset>
      {form.fieldErrors.receive ? (
        <p className="text-sm font-medium text-red-700" data-field-error="receive">
          {form.fieldErrors.receive}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <SubmitButton
          pending={form.pending}
          pendingLabel={tc("saving")}
          testId="save-mail-preferences"
          worksWithoutScript
        >
          {tc("save")}
        </SubmitButton>
        {saved || form.done ? (
          <span role="status" className="text-sm text-emerald-800" data-testid="mail-preferences-saved">
            {t("preferences.saved")}
          </span>
        ) : null}
      </div>
    </PostForm>
  );
}
