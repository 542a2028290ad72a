import { getTranslations } from "next-intl/server";
import { NavLinks } from "@/components/integrations/tab-links";
import { can, type ActorRole, type Permission } from "@/lib/access/permissions";

/** The integrations' sections, filtered by the permission matrix like the main navigation. */
export const INTEGRATION_TABS = [
  { href: "/integrations/webhooks", label: "webhooks", permission: "webhook.read" },
  { href: "/integrations/tokens", label: "apiTokens", permission: "apiToken.read" },
  { href: "/integrations/api-reference", label: "apiReference", permission: "apiToken.read" },
] as const satisfies readonly { href: string; label: string; permission: Permission }[];

export async function IntegrationTabs({ role }: { role: ActorRole }) {
  const t = await getTranslations("integrations.tabs");
  const tabs = INTEGRATION_TABS.filter((tab) => can(role, tab.permission)).map((tab) => ({
    href: tab.href,
    label: t(tab.label),
  }));
  return <NavLinks label={t("label")} tabs={tabs} />;
}
