import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { OrgForm } from "@/components/organizations/org-form";
import { requirePage, scoped } from "@/lib/access/page";
import { listStaff } from "@/lib/domain/organizations/list-staff";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";

export async function generateMetadata() {
  const t = await getTranslations("orgs.form");
  return { title: t("createTitle") };
}

export default async function NewOrganizationPage() {
  const actor = await requirePage("org.create");
  const t = await getTranslations("orgs.form");
  const tl = await getTranslations("orgs.list");
  const staff = await scoped(actor, (tx) => listStaff(tx, actor));
  return (
    <ClientMessages namespaces={["orgs.form"]}>
      <PageHeader
        eyebrow={
          <Link href="/organizations" className="hover:underline">
            {tl("title")}
          </Link>
        }
        title={t("createTitle")}
        description={t("createDescription")}
      />
      <Card>
        <CardBody>
          <OrgForm
            staff={staff}
            defaultManagerId={staff.some((s) => s.userId === actor.userId) ? actor.userId : null}
            today={isoDay(todayUtc())}
          />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
