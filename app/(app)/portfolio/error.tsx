"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The dashboard could not be rendered (database unreachable…): keep the navigation, offer a retry. */
export default function PortfolioError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  const td = useTranslations("dashboard");
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-white px-6 py-10 text-center shadow-sm"
      data-testid="dashboard-page-error"
    >
      <h1 className="text-lg font-semibold text-slate-900">{td("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("errorBody")}</p>
      {error.digest ? (
        <p className="mt-2 font-mono text-xs text-slate-600">{t("errorReference", { requestId: error.digest })}</p>
      ) : null}
      <div className="mt-4 flex justify-center">
        <Button onClick={reset}>{tc("retry")}</Button>
      </div>
    </div>
  );
}
