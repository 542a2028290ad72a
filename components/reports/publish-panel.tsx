"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { publishReportAction } from "@/lib/actions/reports";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Spinner } from "@/components/ui/spinner";

/**
 * Publishing, in two steps (the client sees the report at once): the
 * confirmation lists the metrics that will read "No data". The button is
 * disabled while the request runs, and the server publishes once anyway.
 */
export function PublishPanel({
  id,
  version,
  missingMetrics,
  republish,
}: {
  id: string;
  version: number;
  missingMetrics: string[];
  republish: boolean;
}) {
  const t = useTranslations("reports.workflow");
  const tc = useTranslations("common");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const action = useActionForm(publishReportAction, {
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });
  if (!confirming) {
    return (
      <Button onClick={() => setConfirming(true)} data-testid="publish">
        {republish ? t("republish") : t("publish")}
      </Button>
    );
  }
  return (
    <div className="w-full space-y-3 rounded-md border border-brand-100 bg-brand-50 p-4" data-testid="publish-confirm">
      <p className="text-sm font-medium text-slate-900">{t("confirmPublish")}</p>
      {republish ? <p className="text-sm text-slate-700">{t("republishClearsAcks")}</p> : null}
      {missingMetrics.length ? (
        <Notice tone="warning">
          <p>{t("missingMetrics", { count: missingMetrics.length })}</p>
          <ul className="mt-1 list-inside list-disc">
            {missingMetrics.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <FormError message={action.formError} retryable={action.retryable} onRetry={action.retry} />
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => void action.submit({ id, expectedVersion: version })}
          disabled={action.pending}
          aria-busy={action.pending}
          data-testid="confirm-publish"
        >
          {action.pending ? <Spinner /> : null}
          {action.pending ? t("publishing") : t("confirmPublishButton")}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={action.pending}>
          {tc("cancel")}
        </Button>
      </div>
    </div>
  );
}
