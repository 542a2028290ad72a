"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PostForm } from "@/components/forms/post-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { TextAreaField } from "@/components/ui/field";
import { shareProposalAction, shareProposalFormAction } from "@/lib/actions/proposals";
import { LIMITS } from "@/lib/validation/limits";

/**
 * Shares a finalized assessment's recommendation with the client as a proposal, with an optional
 * note. Works without JavaScript (a POST to the form action, then the proposal's page); a refused
 * share keeps the note as typed.
 */
export function ShareProposalForm({ organizationId, assessmentId }: { organizationId: string; assessmentId: string }) {
  const t = useTranslations("proposals.staff");
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useProgressiveForm(shareProposalAction, shareProposalFormAction, {
    onSuccess: ({ id }) => {
      router.push(`/organizations/${organizationId}/proposals/${id}`);
      router.refresh();
    },
  });
  return (
    <PostForm noValidate aria-label={t("share")} className="space-y-4" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {/* The server's key when the page was sent (a submit before hydration), the browser's after. */}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} suppressHydrationWarning />
      <TextAreaField
        label={t("message")}
        name="message"
        optional
        defaultValue={form.values.message}
        maxLength={LIMITS.mediumText}
        hint={t("messageHint")}
        error={form.fieldErrors.message}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("sharing")} testId="share-proposal" worksWithoutScript>
        {t("share")}
      </SubmitButton>
    </PostForm>
  );
}
