import { useFormatter, useTranslations } from "next-intl";
import { ProposalRow } from "@/components/proposals/proposal-row";
import { RecordMoveLink } from "@/components/proposals/record-move-link";
import { Card, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { ProposalListItem } from "@/lib/domain/proposals/list-proposals";

/**
 * An organization's proposals, newest first, and, for each one the client approved that no move
 * closes yet, the prompt to record that move (prefilled from the proposal).
 */
export function OrganizationProposals({
  organizationId,
  proposals,
  canMove,
}: {
  organizationId: string;
  proposals: ProposalListItem[];
  canMove: boolean;
}) {
  const t = useTranslations("proposals");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  if (proposals.length === 0) return null;
  const toClose = proposals.filter((p) => p.status === "APPROVED" && !p.moveId && p.decision && p.model);
  return (
    <>
      {canMove
        ? toClose.map((p) => (
            <Notice key={p.id} tone="success" className="mb-4" testId="proposal-approved">
              <span className="flex flex-wrap items-center gap-3">
                <span>
                  {t("staff.approvedNotice", {
                    name: p.decision!.signatureName,
                    date: day(p.decision!.decidedAt),
                    model: t(`modelInline.${p.model!}`),
                  })}
                </span>
                <RecordMoveLink organizationId={organizationId} proposalId={p.id} />
              </span>
            </Notice>
          ))
        : null}
      <Card className="mb-6">
        <CardHeader title={t("staff.orgList")} description={t("staff.orgListDescription")} />
        <ul className="divide-y divide-slate-100" data-testid="organization-proposals">
          {proposals.map((p) => (
            <ProposalRow
              key={p.id}
              proposal={p}
              href={`/organizations/${organizationId}/proposals/${p.id}`}
              title={p.model ? t(`modelName.${p.model}`) : t("staff.view")}
            />
          ))}
        </ul>
      </Card>
    </>
  );
}
