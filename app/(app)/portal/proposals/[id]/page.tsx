import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DecisionForm } from "@/components/proposals/decision-form";
import { DecisionHistory } from "@/components/proposals/decision-history";
import { ProposalMessage } from "@/components/proposals/proposal-message";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";
import { ProposalView } from "@/components/proposals/proposal-view";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { Notice } from "@/components/ui/notice";
import { readClientAccess } from "@/lib/domain/decisions/read-client-access";
import { getProposal } from "@/lib/domain/proposals/get-proposal";
import { id as idField } from "@/lib/validation/fields";

export async function generateMetadata() {
  const t = await getTranslations("proposals.portal");
  return { title: t("title") };
}

/**
 * One proposal as the client reads it: only their organization's, never a withdrawn one (404
 * otherwise), in their words, with the cost comparison and the decisions signed on it.
 */
export default async function PortalProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("portal.read");
  const { id } = await params;
  if (!idField().safeParse(id).success) notFound();
  const { proposal, access } = await orNotFound(
    scoped(actor, async (tx) => {
      const proposal = await getProposal(tx, actor, id);
      return { proposal, access: await readClientAccess(tx, actor, proposal.organizationId) };
    }),
  );
  const closed = proposal.moveRecordedAt !== null;
  const [t, format] = await Promise.all([getTranslations("proposals"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/portal/proposals" className="hover:underline">
            {t("portal.title")}
          </Link>
        }
        title={t(`modelName.${proposal.snapshot.model}`)}
        description={t("view.subtitle", {
          name: proposal.sharedByName,
          date: day(proposal.sharedAt),
          assessed: format.dateTime(new Date(`${proposal.snapshot.assessedOn}T00:00:00Z`), {
            dateStyle: "long",
            timeZone: "UTC",
          }),
        })}
        actions={<ProposalStatusBadge status={proposal.status} />}
      />
      <ProposalMessage message={proposal.message} sharedByName={proposal.sharedByName} />
      <ProposalView snapshot={proposal.snapshot} snapshotSha256={proposal.snapshotSha256} mspName={proposal.mspName} />
      <Card className="mt-6" as="section">
        <CardHeader title={t("decisions.title")} />
        <CardBody>
          <div className="space-y-5">
            <DecisionHistory decisions={proposal.decisions} />
            {closed ? (
              <Notice>{t("decisions.closed")}</Notice>
            ) : access === "APPROVER" ? (
              <>
                {proposal.decisions.length > 0 ? (
                  <p className="text-sm text-slate-700">{t("decisions.changeDecision")}</p>
                ) : null}
                <ClientMessages namespaces={["proposals.decisions"]}>
                  <DecisionForm
                    id={proposal.id}
                    version={proposal.version}
                    snapshotSha256={proposal.snapshotSha256}
                    signerName={actor.name}
                  />
                </ClientMessages>
              </>
            ) : (
              <Notice testId="reader-only">{t("decisions.readerOnly")}</Notice>
            )}
          </div>
        </CardBody>
      </Card>
    </>
  );
}
