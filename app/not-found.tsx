import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main
      id="main"
      className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-4 text-center"
      data-testid="not-found"
    >
      <p className="text-sm font-semibold text-brand-700">{t("notFoundCode")}</p>
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-sm text-slate-600">{t("notFoundBody")}</p>
      <ButtonLink href="/" variant="primary">
        {t("goHome")}
      </ButtonLink>
    </main>
  );
}
