import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { OverviewState } from "@/lib/domain/reports/get-report-overview";

const STATUS_TONE = { DRAFT: "warning", PUBLISHED: "success", WITHDRAWN: "danger" } as const;
const STATE_TONE = {
  missing: "neutral",
  draft: "warning",
  published: "info",
  acknowledged: "success",
  withdrawn: "danger",
} as const;

export function ReportStatusBadge({ status }: { status: keyof typeof STATUS_TONE }) {
  const t = useTranslations("reports.status");
  return (
    <Badge tone={STATUS_TONE[status]} className="whitespace-nowrap">
      <span data-testid="report-status">{t(status)}</span>
    </Badge>
  );
}

export function OverviewStateBadge({ state }: { state: OverviewState }) {
  const t = useTranslations("reports.state");
  return (
    <Badge tone={STATE_TONE[state]} className="whitespace-nowrap">
      {t(state)}
    </Badge>
  );
}
