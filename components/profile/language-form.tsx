"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateLocaleAction } from "@/lib/actions/profile";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField } from "@/components/ui/field";
import { LOCALES, type Locale } from "@/lib/i18n/catalog";

/** The language switcher: saved on the user, and this browser switches at once. */
export function LanguageForm({ locale }: { locale: Locale }) {
  const t = useTranslations("profile.language");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(updateLocaleAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <PostForm
      noValidate
      className="space-y-4"
      data-testid="language-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void form.submit(formValues(e.currentTarget), e.currentTarget);
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <SelectField
        label={t("label")}
        name="locale"
        defaultValue={locale}
        error={form.fieldErrors.locale}
        options={LOCALES.map((value) => ({ value, label: tc(`locales.${value}`), lang: value }))}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-language">
          {tc("save")}
        </SubmitButton>
        {saved ? (
          <span role="status" className="text-sm text-emerald-800">
            {t("saved")}
          </span>
        ) : null}
      </div>
    </PostForm>
  );
}
