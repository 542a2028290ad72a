"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { PostForm } from "@/components/forms/post-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { withdrawProposalAction, withdrawProposalFormAction } from "@/lib/actions/proposals";

/** Withdraws a proposal the client has not decided on (works without JavaScript). */
export function WithdrawProposalForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("proposals.staff");
  const router = useRouter();
  const form = useProgressiveForm(withdrawProposalAction, withdrawProposalFormAction, {
    onSuccess: () => router.refresh(),
  });
  return (
    <PostForm noValidate aria-label={t("withdraw")} className="space-y-2" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      <SubmitButton
        pending={form.pending}
        pendingLabel={t("withdrawing")}
        variant="secondary"
        testId="withdraw-proposal"
        worksWithoutScript
      >
        {t("withdraw")}
      </SubmitButton>
    </PostForm>
  );
}
