import Link from "next/link";
import { notFound } from "next/navigation";
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
import { getProposal } from "@/lib/domain/proposals/get-proposal";
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
  const requestedProposal = idSchema().safeParse(Array.isArray(sp.proposal) ? sp.proposal[0] : sp.proposal);
  const { org, assessment, proposal } = await orNotFound(
    scoped(actor, async (tx) => {
      const org = await getOrganization(tx, actor, id);
      // An approved proposal prefills the move (target, reason, its assessment) and is closed by it.
      const found = requestedProposal.success ? await getProposal(tx, actor, requestedProposal.data) : null;
      const proposal =
        found && found.organizationId === org.id && found.status === "APPROVED" && !found.move ? found : null;
      if (found && found.organizationId !== org.id) notFound();
      const assessmentParam =
        proposal?.assessmentId ?? (Array.isArray(sp.assessment) ? sp.assessment[0] : sp.assessment);
      const requested = idSchema().safeParse(assessmentParam);
      // A foreign or unknown assessment id is a 404, like any other out-of-scope id.
      const assessment = requested.success ? await getAssessment(tx, actor, org.id, requested.data) : null;
      return { org, assessment, proposal };
    }),
  );
  const [tp] = await Promise.all([getTranslations("proposals")]);
  const approval = proposal?.decisions.at(-1) ?? null;
  const [t, tc, format] = await Promise.all([
    getTranslations("orgs.move.page"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const final = assessment?.status === "FINAL" ? assessment : null;
  const recommended = final?.recommendation ?? null;
  const isClient = org.lifecycleStatus === "ACTIVE";
  const defaultTarget = proposal
    ? proposal.snapshot.model
    : recommended && !(isClient && recommended === org.currentModel)
      ? recommended
      : null;
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
      {proposal && approval ? (
        <Notice tone="success" className="mb-6" testId="closing-proposal">
          {tp("staff.approvedNotice", {
            name: approval.signatureName,
            date: format.dateTime(approval.decidedAt, { dateStyle: "long" }),
            model: tp(`modelInline.${proposal.snapshot.model}`),
          })}
        </Notice>
      ) : null}
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
            proposalId={proposal?.id ?? null}
            defaultTarget={defaultTarget}
            defaultReason={
              proposal && approval
                ? tp("staff.moveReason", {
                    name: approval.signatureName,
                    date: format.dateTime(approval.decidedAt, { dateStyle: "long" }),
                    shared: format.dateTime(proposal.sharedAt, { dateStyle: "long" }),
                  })
                : undefined
            }
            today={isoDay(todayUtc())}
            canLeave={isClient}
          />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
