"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** The form-level message: what went wrong and, when the request can be repeated, a retry. */
export function FormError({
  message,
  retryable,
  onRetry,
}: {
  message: string | null;
  retryable?: boolean;
  onRetry?: () => void;
}) {
  const t = useTranslations("common");
  if (!message) return null;
  return (
    <Notice tone="error" testId="form-error">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <span>{message}</span>
        {retryable && onRetry ? (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {t("retry")}
          </Button>
        ) : null}
      </div>
    </Notice>
  );
}
