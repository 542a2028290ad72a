import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ProposalStatus } from "@/lib/vocabulary";

const TONES = { SHARED: "info", APPROVED: "success", DECLINED: "warning", WITHDRAWN: "neutral" } as const;

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useTranslations("proposals.status");
  return (
    <span data-testid="proposal-status">
      <Badge tone={TONES[status]}>{t(status)}</Badge>
    </span>
  );
}
