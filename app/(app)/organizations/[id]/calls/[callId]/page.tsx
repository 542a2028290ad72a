import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { can } from "@/lib/access/permissions";
import { getCall } from "@/lib/domain/calls/get-call";
import { todayUtc } from "@/lib/domain/organizations/today";

export async function generateMetadata() {
  const t = await getTranslations("calls.page");
  return { title: t("metaTitle") };
}

export default async function CallPage({ params }: { params: Promise<{ id: string; callId: string }> }) {
  const actor = await requirePage("call.read");
  const { id, callId } = await params;
  const call = await orNotFound(scoped(actor, (tx) => getCall(tx, actor, id, callId)));
  const [t, tc, format] = await Promise.all([getTranslations("calls.page"), getTranslations("common"), getFormatter()]);
  const sections = [
    { label: t("attendees"), value: call.attendees },
    { label: t("summary"), value: call.summary },
    { label: t("needs"), value: call.needs },
    { label: t("nextSteps"), value: call.nextSteps },
  ];
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${call.organizationId}`} className="hover:underline">
            {call.organization.name}
          </Link>
        }
        title={t("title", { date: format.dateTime(call.occurredAt, { dateStyle: "long", timeStyle: "short" }) })}
        description={t("by", { name: call.author.user.name })}
        actions={
          can(actor.role, "call.update") ? (
            <ButtonLink href={`/organizations/${call.organizationId}/calls/${call.id}/edit`}>{tc("edit")}</ButtonLink>
          ) : null
        }
      />
      <Card>
        <CardBody>
          <dl className="space-y-4" data-testid="call-details">
            {sections.map((s) => (
              <div key={s.label}>
                <dt className="text-sm font-medium text-slate-600">{s.label}</dt>
                <dd className="mt-0.5 whitespace-pre-line text-sm text-slate-900">{s.value}</dd>
              </div>
            ))}
            <div>
              <dt className="text-sm font-medium text-slate-600">{t("followUp")}</dt>
              <dd className="mt-0.5 text-sm">
                {call.followUpDate ? (
                  <span className="flex flex-wrap items-center gap-2">
                    {format.dateTime(call.followUpDate, { dateStyle: "long" })}
                    {call.followUpDone ? (
                      <Badge tone="success">{t("done")}</Badge>
                    ) : call.followUpDate <= todayUtc() ? (
                      <Badge tone="warning">{t("due")}</Badge>
                    ) : (
                      <Badge>{t("planned")}</Badge>
                    )}
                  </span>
                ) : (
                  t("noFollowUp")
                )}
              </dd>
            </div>
          </dl>
        </CardBody>
      </Card>
    </>
  );
}
