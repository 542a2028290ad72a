import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ModelBadge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { LifecycleBadge } from "@/components/organizations/lifecycle-badge";
import { MoveForm } from "@/components/organizations/move-form";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { getAssessment } from "@/lib/domain/assessments/get-assessment";
import { getOrganization } from "@/lib/domain/organizations/get-organization";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";
import { id as idSchema } from "@/lib/validation/fields";

export async function generateMetadata() {
  const t = await getTranslations("orgs.move.page");
  return { title: t("title") };
}

export default async function RecordMovePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("modelChange.create");
  const { id } = await params;
  const sp = await searchParams;
  const requested = idSchema().safeParse(Array.isArray(sp.assessment) ? sp.assessment[0] : sp.assessment);
  const { org, assessment } = await orNotFound(
    scoped(actor, async (tx) => {
      const org = await getOrganization(tx, actor, id);
      // A foreign or unknown assessment id is a 404, like any other out-of-scope id.
      const assessment = requested.success ? await getAssessment(tx, actor, org.id, requested.data) : null;
      return { org, assessment };
    }),
  );
  const [t, tc, format] = await Promise.all([
    getTranslations("orgs.move.page"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const final = assessment?.status === "FINAL" ? assessment : null;
  const recommended = final?.recommendation ?? null;
  const isClient = org.lifecycleStatus === "ACTIVE";
  const defaultTarget = recommended && !(isClient && recommended === org.currentModel) ? recommended : null;
  return (
    <ClientMessages namespaces={["orgs.move.form"]}>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${org.id}`} className="hover:underline">
            {org.name}
          </Link>
        }
        title={t("title")}
        description={t("description")}
      />
      <div className="mb-6 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>{isClient ? t("currently") : t("notClient")}</span>
        {isClient ? <ModelBadge model={org.currentModel} label={tc(`serviceModel.${org.currentModel}`)} /> : null}
        <LifecycleBadge status={org.lifecycleStatus} />
      </div>
      {final && recommended ? (
        <Notice className="mb-6" testId="motivating-assessment">
          {t.rich("fromAssessment", {
            date: format.dateTime(final.finalizedAt!, { dateStyle: "long" }),
            model: tc(`serviceModel.${recommended}`),
            link: (chunks) => (
              <Link href={`/organizations/${org.id}/assessments/${final.id}`} className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </Notice>
      ) : assessment ? (
        <Notice tone="warning" className="mb-6">
          {t("draftAssessment")}
        </Notice>
      ) : null}
      <Card>
        <CardBody>
          <MoveForm
            organizationId={org.id}
            version={org.version}
            assessmentId={final?.id ?? null}
            defaultTarget={defaultTarget}
            today={isoDay(todayUtc())}
            canLeave={isClient}
          />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
