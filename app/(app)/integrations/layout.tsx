import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { IntegrationTabs } from "@/components/integrations/integration-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/access/page";

/** Integrations (owners): webhooks, API tokens and the API reference, as tabs. */
export default async function IntegrationsLayout({ children }: { children: ReactNode }) {
  const actor = await requirePage("webhook.read");
  const t = await getTranslations("integrations");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <IntegrationTabs role={actor.role} />
      {children}
    </>
  );
}
