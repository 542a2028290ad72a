import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { OrgForm } from "@/components/organizations/org-form";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { getOrganization } from "@/lib/domain/organizations/get-organization";
import { listStaff } from "@/lib/domain/organizations/list-staff";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";

export async function generateMetadata() {
  const t = await getTranslations("orgs.form");
  return { title: t("editTitle") };
}

export default async function EditOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("org.update");
  const { id } = await params;
  const { org, staff } = await orNotFound(
    scoped(actor, async (tx) => ({ org: await getOrganization(tx, actor, id), staff: await listStaff(tx, actor) })),
  );
  const t = await getTranslations("orgs.form");
  return (
    <ClientMessages namespaces={["orgs.form"]}>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${org.id}`} className="hover:underline">
            {org.name}
          </Link>
        }
        title={t("editTitle")}
        description={t("editDescription")}
      />
      <Card>
        <CardBody>
          <OrgForm org={org} staff={staff} defaultManagerId={null} today={isoDay(todayUtc())} />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
