import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CallForm } from "@/components/calls/call-form";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { getOrganization } from "@/lib/domain/organizations/get-organization";

export async function generateMetadata() {
  const t = await getTranslations("calls.form");
  return { title: t("createTitle") };
}

export default async function NewCallPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("call.create");
  const { id } = await params;
  const org = await orNotFound(scoped(actor, (tx) => getOrganization(tx, actor, id)));
  const t = await getTranslations("calls.form");
  return (
    <ClientMessages namespaces={["calls.form"]}>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${org.id}`} className="hover:underline">
            {org.name}
          </Link>
        }
        title={t("createTitle")}
        description={t("createDescription")}
      />
      <Card>
        <CardBody>
          <CallForm organizationId={org.id} now={new Date().toISOString().slice(0, 16)} />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
