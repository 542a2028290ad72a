import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DecisionHistory } from "@/components/proposals/decision-history";
import { ProposalMessage } from "@/components/proposals/proposal-message";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";
import { ProposalView } from "@/components/proposals/proposal-view";
import { WithdrawProposalForm } from "@/components/proposals/withdraw-proposal-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { can } from "@/lib/access/permissions";
import { getProposal } from "@/lib/domain/proposals/get-proposal";
import { id as idField } from "@/lib/validation/fields";

export async function generateMetadata() {
  const t = await getTranslations("proposals.staff");
  return { title: t("cardTitle") };
}

/**
 * A proposal as staff see it: its state, the decisions signed on it, and exactly what the client
 * reads. An undecided one can be withdrawn; an approved one prompts the move that closes it.
 */
export default async function StaffProposalPage({ params }: { params: Promise<{ id: string; proposalId: string }> }) {
  const actor = await requirePage("proposal.read");
  const { id, proposalId } = await params;
  if (!idField().safeParse(proposalId).success) notFound();
  const proposal = await orNotFound(scoped(actor, (tx) => getProposal(tx, actor, proposalId)));
  if (proposal.organizationId !== id) notFound();
  const [t, format] = await Promise.all([getTranslations("proposals"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const inForce = proposal.decisions.at(-1);
  return (
    <ClientMessages namespaces={["proposals.staff"]}>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${proposal.organizationId}`} className="hover:underline">
            {proposal.organizationName}
          </Link>
        }
        title={t("staff.pageTitle", { organization: proposal.organizationName })}
        description={t("staff.subtitle", {
          name: proposal.sharedByName,
          date: day(proposal.sharedAt),
          assessed: format.dateTime(new Date(`${proposal.snapshot.assessedOn}T00:00:00Z`), {
            dateStyle: "long",
            timeZone: "UTC",
          }),
        })}
        actions={
          <>
            <ProposalStatusBadge status={proposal.status} />
            <ButtonLink
              href={`/organizations/${proposal.organizationId}/assessments/${proposal.assessmentId}`}
              variant="ghost"
            >
              {t("staff.assessment")}
            </ButtonLink>
          </>
        }
      />
      {proposal.status === "APPROVED" && inForce && !proposal.move && can(actor.role, "modelChange.create") ? (
        <Notice tone="success" className="mb-6" testId="proposal-approved">
          <span className="flex flex-wrap items-center gap-3">
            <span>
              {t("staff.approvedNotice", {
                name: inForce.signatureName,
                date: day(inForce.decidedAt),
                model: t(`modelInline.${proposal.snapshot.model}`),
              })}
            </span>
            <ButtonLink
              href={`/organizations/${proposal.organizationId}/move?proposal=${proposal.id}`}
              variant="primary"
              data-testid="record-proposal-move"
            >
              {t("staff.recordMove")}
            </ButtonLink>
          </span>
        </Notice>
      ) : null}
      {proposal.move ? (
        <Notice className="mb-6" testId="proposal-move">
          {t("staff.moveRecorded", {
            date: format.dateTime(proposal.move.effectiveDate, { dateStyle: "long", timeZone: "UTC" }),
          })}
        </Notice>
      ) : null}
      {proposal.status === "WITHDRAWN" && proposal.withdrawnAt ? (
        <Notice className="mb-6">
          {t("staff.withdrawnBy", { name: proposal.withdrawnByName ?? "", date: day(proposal.withdrawnAt) })}
        </Notice>
      ) : null}
      <Card className="mb-6">
        <CardHeader
          title={t("staff.decisionsTitle")}
          actions={
            proposal.status === "SHARED" && can(actor.role, "proposal.withdraw") ? (
              <WithdrawProposalForm id={proposal.id} version={proposal.version} />
            ) : null
          }
        />
        <CardBody>
          <DecisionHistory decisions={proposal.decisions} />
        </CardBody>
      </Card>
      <ProposalMessage message={proposal.message} sharedByName={proposal.sharedByName} />
      <Notice className="mb-4">{t("staff.preview")}</Notice>
      <ProposalView snapshot={proposal.snapshot} snapshotSha256={proposal.snapshotSha256} mspName={proposal.mspName} />
    </ClientMessages>
  );
}
