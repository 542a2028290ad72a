import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

/** An approved proposal not yet carried out: the link to record the move it proposed (the move form, prefilled). */
export function RecordMoveLink({ organizationId, proposalId }: { organizationId: string; proposalId: string }) {
  const t = useTranslations("proposals.staff");
  return (
    <ButtonLink
      href={`/organizations/${organizationId}/move?proposal=${proposalId}`}
      variant="primary"
      size="sm"
      data-testid="record-proposal-move"
    >
      {t("recordMove")}
    </ButtonLink>
  );
}
