import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TenantCreateForm } from "@/components/admin/tenant-create-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/access/page";

export async function generateMetadata() {
  const t = await getTranslations("admin.tenants.create");
  return { title: t("title") };
}

export default async function NewTenantPage() {
  await requirePage("tenant.create");
  const t = await getTranslations("admin.tenants");
  return (
    <ClientMessages namespaces={["admin.tenants.create", "admin.tenants.fields", "team.link"]}>
      <PageHeader
        eyebrow={
          <Link href="/admin/tenants" className="hover:underline">
            {t("detail.back")}
          </Link>
        }
        title={t("create.title")}
        description={t("create.description")}
      />
      <Card>
        <CardBody>
          <TenantCreateForm />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
