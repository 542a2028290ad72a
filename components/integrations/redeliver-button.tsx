"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { redeliverWebhookAction } from "@/lib/actions/webhooks";

/** Sends one delivery again (a manual job with the same webhook-id). */
export function RedeliverButton({ deliveryId }: { deliveryId: string }) {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [queued, setQueued] = useState(false);
  const form = useActionForm(redeliverWebhookAction, {
    onSuccess: () => {
      setQueued(true);
      router.refresh();
    },
  });
  if (queued) return <span className="text-xs text-emerald-800">{t("webhooks.log.redelivered")}</span>;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant="secondary"
        disabled={form.pending}
        aria-busy={form.pending}
        onClick={() => void form.submit({ deliveryId })}
        data-testid="redeliver"
      >
        {form.pending ? <Spinner /> : null}
        {form.pending ? t("webhooks.log.redelivering") : t("webhooks.log.redeliver")}
      </Button>
      {form.formError ? <span className="text-xs text-red-700">{form.formError}</span> : null}
    </span>
  );
}
