"use client";

import { PostForm } from "@/components/forms/post-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { withdrawReportAction } from "@/lib/actions/reports";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

/** Takes a published report back from the client; the reason is required and audited. */
export function WithdrawForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("reports.workflow");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useActionForm(withdrawReportAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="withdraw">
        {t("withdraw")}
      </Button>
    );
  }
  return (
    <PostForm
      noValidate
      className="w-full space-y-3 rounded-md border border-red-200 bg-red-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ ...formValues(e.currentTarget), id, expectedVersion: version }, e.currentTarget);
      }}
      data-testid="withdraw-form"
    >
      <p className="text-sm text-slate-800">{t("withdrawHelp")}</p>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextAreaField label={t("withdrawReason")} name="reason" rows={3} error={form.fieldErrors.reason} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" pending={form.pending} pendingLabel={t("withdrawing")} testId="confirm-withdraw">
          {t("confirmWithdraw")}
        </SubmitButton>
        <Button variant="ghost" onClick={() => setOpen(false)} disabled={form.pending}>
          {tc("cancel")}
        </Button>
      </div>
    </PostForm>
  );
}
