import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Lifecycle } from "@/lib/vocabulary";

const TONE = { PROSPECT: "brand", ACTIVE: "success", FORMER: "neutral" } as const;

export function LifecycleBadge({ status }: { status: Lifecycle }) {
  const tc = useTranslations("common");
  return <Badge tone={TONE[status]}>{tc(`lifecycle.${status}`)}</Badge>;
}
