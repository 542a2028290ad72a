import { getTranslations } from "next-intl/server";
import { ProposalRow } from "@/components/proposals/proposal-row";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { listPortalProposals } from "@/lib/domain/proposals/list-portal-proposals";

export async function generateMetadata() {
  const t = await getTranslations("proposals.portal");
  return { title: t("title") };
}

/** A client's proposals, newest first: what was proposed, when, and the decision in force. */
export default async function PortalProposalsPage() {
  const actor = await requirePage("portal.read");
  const [t, tp] = await Promise.all([getTranslations("proposals.portal"), getTranslations("proposals")]);
  const data = await scoped(actor, (tx) => listPortalProposals(tx, actor));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { organization: data.organizationName, msp: data.mspName })}
      />
      {data.proposals.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("empty", { msp: data.mspName })} />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" aria-label={t("listLabel")} data-testid="portal-proposals">
            {data.proposals.map((p) => (
              <ProposalRow
                key={p.id}
                proposal={p}
                href={`/portal/proposals/${p.id}`}
                title={p.model ? tp(`modelName.${p.model}`) : t("open")}
                linkTestId="portal-proposal-link"
              />
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
