"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createReportAction } from "@/lib/actions/reports";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** Starts an organization's report for a month (from last month's structure) and opens the editor. */
export function StartReportButton({
  organizationId,
  organizationName,
  period,
}: {
  organizationId: string;
  organizationName: string;
  period: string;
}) {
  const t = useTranslations("reports.overview");
  const router = useRouter();
  const [key] = useState(() => crypto.randomUUID());
  const action = useActionForm(createReportAction, { onSuccess: (data) => router.push(`/reports/${data.id}/edit`) });
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant="secondary"
        disabled={action.pending}
        aria-busy={action.pending}
        onClick={() => void action.submit({ organizationId, period, idempotencyKey: key })}
        data-testid="start-report"
      >
        {action.pending ? <Spinner /> : null}
        {t.rich("startFor", {
          organization: organizationName,
          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </Button>
      {action.formError ? (
        <span role="alert" className="text-xs text-red-700">
          {action.formError}
        </span>
      ) : null}
    </span>
  );
}
