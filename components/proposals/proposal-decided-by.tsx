import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useProposalReason } from "@/components/proposals/use-proposal-reason";
import type { ProposalReason } from "@/lib/proposals/snapshot";

/** On the journey, a move that closed a proposal: who decided for the client (their signature) and why. */
export function ProposalDecidedBy({
  orgId,
  proposal,
}: {
  orgId: string;
  proposal: { id: string; signatureName: string; decidedAt: Date; reasons: ProposalReason[] };
}) {
  const t = useTranslations("proposals.journey");
  const format = useFormatter();
  const reason = useProposalReason();
  // The closing remark on costs says nothing about this client: the journey keeps their reasons.
  const reasons = proposal.reasons.filter((r) => r.code !== "notOnlyCost");
  return (
    <div className="mt-2 rounded-md bg-slate-50 p-2 text-sm" data-testid="journey-decided-by">
      <p className="text-slate-800">
        <Link href={`/organizations/${orgId}/proposals/${proposal.id}`} className="text-brand-700 hover:underline">
          {t("decidedBy", {
            name: proposal.signatureName,
            date: format.dateTime(proposal.decidedAt, { dateStyle: "medium" }),
          })}
        </Link>
      </p>
      {reasons.length > 0 ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700" aria-label={t("why")}>
          {reasons.map((r, i) => (
            <li key={i}>{reason(r)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
