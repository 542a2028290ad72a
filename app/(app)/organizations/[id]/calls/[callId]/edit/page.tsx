import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CallForm } from "@/components/calls/call-form";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { getCall } from "@/lib/domain/calls/get-call";

export async function generateMetadata() {
  const t = await getTranslations("calls.form");
  return { title: t("editTitle") };
}

export default async function EditCallPage({ params }: { params: Promise<{ id: string; callId: string }> }) {
  const actor = await requirePage("call.update");
  const { id, callId } = await params;
  const call = await orNotFound(scoped(actor, (tx) => getCall(tx, actor, id, callId)));
  const t = await getTranslations("calls.form");
  return (
    <ClientMessages namespaces={["calls.form"]}>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${call.organizationId}`} className="hover:underline">
            {call.organization.name}
          </Link>
        }
        title={t("editTitle")}
      />
      <Card>
        <CardBody>
          <CallForm
            organizationId={call.organizationId}
            now={new Date().toISOString().slice(0, 16)}
            call={{
              id: call.id,
              version: call.version,
              occurredAt: call.occurredAt.toISOString().slice(0, 16),
              attendees: call.attendees,
              summary: call.summary,
              needs: call.needs,
              nextSteps: call.nextSteps,
              followUpDate: call.followUpDate ? call.followUpDate.toISOString().slice(0, 10) : "",
              followUpDone: call.followUpDone,
            }}
          />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
