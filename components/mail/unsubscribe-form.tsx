"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { Notice } from "@/components/ui/notice";
import { unsubscribeAction, unsubscribeFormAction } from "@/lib/actions/mail";

/** One button: stop this kind of mail. Works without JavaScript (the form posts the token). */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("mail.unsubscribe");
  const [done, setDone] = useState(false);
  const form = useProgressiveForm(unsubscribeAction, unsubscribeFormAction, { onSuccess: () => setDone(true) });
  if (done || form.done) {
    return (
      <div className="space-y-4">
        <Notice tone="success" testId="unsubscribe-done">
          {t("done")}
        </Notice>
        <Link href="/profile" className="text-sm text-brand-700 underline">
          {t("profileLink")}
        </Link>
      </div>
    );
  }
  return (
    <PostForm noValidate className="space-y-4" data-testid="unsubscribe-form" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-slate-700">{t("explain")}</p>
      <SubmitButton pending={form.pending} pendingLabel={t("stopping")} testId="unsubscribe-confirm" worksWithoutScript>
        {t("confirm")}
      </SubmitButton>
    </PostForm>
  );
}
