import { useTranslations } from "next-intl";
import { ProposalRow } from "@/components/proposals/proposal-row";
import { RecordMoveLink } from "@/components/proposals/record-move-link";
import { ShareProposalForm } from "@/components/proposals/share-proposal-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ProposalListItem } from "@/lib/domain/proposals/list-proposals";

/**
 * On a finalized assessment: share its recommendation with the client as a proposal (while none
 * is open), follow the one that is, and, once approved, record the move that closes it.
 */
export function AssessmentProposals({
  organizationId,
  assessmentId,
  proposals,
  alreadyOnModel,
  canShare,
  canMove,
}: {
  organizationId: string;
  assessmentId: string;
  proposals: ProposalListItem[];
  alreadyOnModel: boolean;
  canShare: boolean;
  canMove: boolean;
}) {
  const t = useTranslations("proposals");
  const open = proposals.find((p) => p.status === "SHARED" || p.status === "APPROVED");
  return (
    <Card className="no-print mb-6">
      <CardHeader title={t("staff.cardTitle")} description={t("staff.cardDescription")} />
      <CardBody>
        <div className="space-y-4" data-testid="assessment-proposals">
          {open ? (
            <p className="text-sm text-slate-700">{t("staff.openExists")}</p>
          ) : alreadyOnModel ? (
            <p className="text-sm text-slate-700">{t("staff.alreadyOnModel")}</p>
          ) : canShare ? (
            <ShareProposalForm organizationId={organizationId} assessmentId={assessmentId} />
          ) : null}
          {proposals.length > 0 ? (
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label={t("staff.list")}>
              {proposals.map((p) => (
                <ProposalRow
                  key={p.id}
                  proposal={p}
                  href={`/organizations/${organizationId}/proposals/${p.id}`}
                  linkTestId="proposal-link"
                >
                  {p.status === "APPROVED" && !p.moveId && canMove ? (
                    <RecordMoveLink organizationId={organizationId} proposalId={p.id} />
                  ) : null}
                </ProposalRow>
              ))}
            </ul>
          ) : null}
        </div>
      </CardBody>
    </Card>
  );
}
