import { getFormatter, getTranslations } from "next-intl/server";
import { logoUrl } from "@/components/brand/brand-mark";
import { BrandForm } from "@/components/settings/brand-form";
import { ReportReminderForm } from "@/components/settings/report-reminder-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { getBrand } from "@/lib/domain/brand/get-brand";
import { getReportReminder } from "@/lib/domain/settings/get-report-reminder";
import { getSettings } from "@/lib/domain/settings/get-settings";
import { appBaseUrl } from "@/lib/mail/app-url";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requirePage("settings.update");
  const [t, format] = await Promise.all([getTranslations("settings"), getFormatter()]);
  const [{ updatedAt, ...settings }, brand, reminder] = await scoped(actor, (tx) =>
    Promise.all([getSettings(tx, actor), getBrand(tx, actor), getReportReminder(tx, actor)]),
  );
  const signInLink = `${await appBaseUrl()}/login?tenant=${encodeURIComponent(actor.tenantSlug ?? "")}`;
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
      <div className="space-y-8">
        <Card>
          <CardBody>
            <SettingsForm settings={settings} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("reminder.title")} description={t("reminder.description")} id="reminder" />
          <CardBody>
            <ReportReminderForm day={reminder.reportReminderDay} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("brand.title")} description={t("brand.description")} id="brand" />
          <CardBody className="space-y-6">
            <div className="space-y-1 text-sm">
              <p className="text-slate-700">{t("brand.signInLink")}</p>
              <p>
                <code
                  className="break-all rounded bg-slate-100 px-1.5 py-0.5 text-slate-900"
                  data-testid="sign-in-link"
                >
                  {signInLink}
                </code>
              </p>
            </div>
            <BrandForm
              tenantName={actor.tenantName ?? ""}
              brand={{
                displayName: brand.displayName,
                primaryColor: brand.primaryColor,
                supportEmail: brand.supportEmail,
                supportPhone: brand.supportPhone,
                logoSrc: brand.logo ? logoUrl(brand.tenantId, brand.logo.sha256) : null,
                version: brand.version,
              }}
            />
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
