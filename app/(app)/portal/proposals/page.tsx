import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";
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
  const [t, tp, format] = await Promise.all([
    getTranslations("proposals.portal"),
    getTranslations("proposals"),
    getFormatter(),
  ]);
  const data = await scoped(actor, (tx) => listPortalProposals(tx, actor));
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
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
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <div>
                  <Link
                    href={`/portal/proposals/${p.id}`}
                    prefetch={false}
                    className="font-medium text-brand-700 hover:underline"
                    data-testid="portal-proposal-link"
                  >
                    {p.model ? tp(`modelName.${p.model}`) : t("open")}
                  </Link>
                  <p className="text-xs text-slate-600">{t("sharedOn", { date: day(p.sharedAt) })}</p>
                  {p.decision ? (
                    <p className="text-xs text-slate-600">
                      {t("decidedBy", {
                        decision: tp(`decision.${p.decision.decision}`),
                        name: p.decision.signatureName,
                        date: day(p.decision.decidedAt),
                      })}
                    </p>
                  ) : null}
                </div>
                <ProposalStatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
