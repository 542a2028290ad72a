import { getFormatter, getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/settings/settings-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { getSettings } from "@/lib/domain/settings/get-settings";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requirePage("settings.update");
  const [t, format] = await Promise.all([getTranslations("settings"), getFormatter()]);
  const { updatedAt, ...settings } = await scoped(actor, (tx) => getSettings(tx, actor));
  return (
    <ClientMessages namespaces={["settings"]}>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <span className="text-sm text-slate-600">
            {t("lastSaved", {
              date: format.dateTime(updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
            })}
          </span>
        }
      />
      <Card>
        <CardBody>
          <SettingsForm settings={settings} />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
