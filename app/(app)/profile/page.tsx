import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageForm } from "@/components/profile/language-form";
import { MailPreferencesForm } from "@/components/profile/mail-preferences-form";
import { NameForm } from "@/components/profile/name-form";
import { PasswordForm } from "@/components/profile/password-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { getMailPreferences } from "@/lib/domain/mail/get-mail-preferences";
import { getProfile } from "@/lib/domain/profile/get-profile";
import { DEFAULT_LOCALE } from "@/lib/i18n/catalog";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const actor = await requirePage("profile.update");
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("profile"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const [user, mailPreferences] = await scoped(
    actor,
    async (tx) => [await getProfile(tx, actor), await getMailPreferences(tx, actor)] as const,
  );
  const tm = await getTranslations("mail");
  return (
    <ClientMessages
      namespaces={["profile.name", "profile.language", "profile.password", "mail.preferences", "mail.kinds"]}
    >
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("name.title")} description={t("name.description")} />
            <CardBody>
              <NameForm name={user.name} version={user.version} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("language.title")} description={t("language.description")} />
            <CardBody>
              <LanguageForm locale={user.locale ?? (isLocale(locale) ? locale : DEFAULT_LOCALE)} />
            </CardBody>
          </Card>
          {mailPreferences.length > 0 ? (
            <Card>
              <CardHeader title={tm("preferences.title")} description={tm("preferences.description")} />
              <CardBody>
                <MailPreferencesForm preferences={mailPreferences} />
              </CardBody>
            </Card>
          ) : null}
          <Card>
            <CardHeader title={t("account.title")} />
            <CardBody>
              <dl className="grid gap-3 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-600">{t("account.email")}</dt>
                <dd className="font-medium" data-testid="profile-email">
                  {user.email}
                </dd>
                <dt className="text-slate-600">{t("account.role")}</dt>
                <dd className="font-medium">
                  {actor.tenantName
                    ? t("account.roleAt", { role: tc(`role.${actor.role}`), tenant: actor.tenantName })
                    : tc(`role.${actor.role}`)}
                </dd>
                <dt className="text-slate-600">{t("account.memberSince")}</dt>
                <dd>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</dd>
                {user.lastLoginAt ? (
                  <>
                    <dt className="text-slate-600">{t("account.lastSignIn")}</dt>
                    <dd>{format.dateTime(user.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                  </>
                ) : null}
              </dl>
            </CardBody>
          </Card>
        </div>
        <Card>
          <CardHeader title={t("password.title")} description={t("password.description")} />
          <CardBody>
            <PasswordForm email={user.email} />
          </CardBody>
        </Card>
      </div>
      <p className="mt-6 text-sm">
        <Link href="/about" className="text-brand-700 underline hover:text-brand-900">
          {t("about.link")}
        </Link>
      </p>
    </ClientMessages>
  );
}
