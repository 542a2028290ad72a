"use client";

import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";

/** Unexpected errors: a friendly page with the reference the server logged. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  return (
    <main
      id="main"
      className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-4 text-center"
      data-testid="error-page"
    >
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="text-sm text-slate-600">{t("errorBody")}</p>
      {error.digest ? (
        <p className="font-mono text-xs text-slate-600" data-testid="error-reference">
          {t("errorReference", { requestId: error.digest })}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button onClick={reset}>{tc("retry")}</Button>
        <ButtonLink href="/" variant="ghost">
          {t("goHome")}
        </ButtonLink>
      </div>
    </main>
  );
}
