"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { acknowledgeReportAction } from "@/lib/actions/reports";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** "I have read this review": once per person; a double click acknowledges once. */
export function AcknowledgeButton({ reportId, acknowledgedAt }: { reportId: string; acknowledgedAt: string | null }) {
  const t = useTranslations("portal.report");
  const format = useFormatter();
  const router = useRouter();
  const action = useActionForm(acknowledgeReportAction, { onSuccess: () => router.refresh() });
  if (acknowledgedAt) {
    return (
      <p className="text-sm font-medium text-emerald-800" role="status" data-testid="acknowledged">
        {t("acknowledgedOn", { date: format.dateTime(new Date(acknowledgedAt), { dateStyle: "medium" }) })}
      </p>
    );
  }
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        onClick={() => void action.submit({ id: reportId })}
        disabled={action.pending}
        aria-busy={action.pending}
        data-testid="acknowledge"
      >
        {action.pending ? <Spinner /> : null}
        {t("acknowledge")}
      </Button>
      <FormError message={action.formError} retryable={action.retryable} onRetry={action.retry} />
    </div>
  );
}
