import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionHistory } from "@/components/proposals/decision-history";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";
import { ProposalView } from "@/components/proposals/proposal-view";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
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
  const proposal = await orNotFound(scoped(actor, (tx) => getProposal(tx, actor, id)));
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
      {proposal.message ? (
        <Card className="mb-6">
          <CardHeader title={t("view.message", { name: proposal.sharedByName })} />
          <CardBody>
            <p className="whitespace-pre-line text-sm text-slate-800" data-testid="proposal-message">
              {proposal.message}
            </p>
          </CardBody>
        </Card>
      ) : null}
      <ProposalView snapshot={proposal.snapshot} snapshotSha256={proposal.snapshotSha256} mspName={proposal.mspName} />
      <Card className="mt-6">
        <CardHeader title={t("decisions.history")} />
        <CardBody>
          <DecisionHistory decisions={proposal.decisions} />
        </CardBody>
      </Card>
    </>
  );
}
