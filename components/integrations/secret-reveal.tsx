"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** A secret shown once, with a copy button; gone when the page is left. */
export function SecretReveal({ secret, heading, testId }: { secret: string; heading: string; testId?: string }) {
  const t = useTranslations("integrations");
  const [copied, setCopied] = useState(false);
  return (
    <Notice tone="success" testId={testId}>
      <p className="font-semibold">{heading}</p>
      <p className="mt-1">{t("webhooks.secret.once")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900" data-testid="secret">
          {secret}
        </code>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {copied ? t("webhooks.secret.copied") : t("webhooks.secret.copy")}
        </Button>
      </div>
    </Notice>
  );
}
