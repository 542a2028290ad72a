"use client";

import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";

export function ErrorPanel({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-white px-6 py-10 text-center shadow-sm"
      data-testid="error-panel"
    >
      <h1 className="text-lg font-semibold text-slate-900">{t("errorTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("errorBody")}</p>
      {digest ? (
        <p className="mt-2 font-mono text-xs text-slate-600">{t("errorReference", { requestId: digest })}</p>
      ) : null}
      <div className="mt-4 flex justify-center gap-2">
        <Button onClick={reset}>{tc("retry")}</Button>
        <ButtonLink href="/organizations" variant="ghost">
          {tc("back")}
        </ButtonLink>
      </div>
    </div>
  );
}
