import { Badge } from "@/components/ui/badge";
import type { AnswerLevel } from "@/lib/posture/vocabulary";

const TONE = {
  not_in_place: "danger",
  partial: "warning",
  in_place: "info",
  verified: "success",
  not_applicable: "neutral",
} as const satisfies Record<AnswerLevel, string>;

/** A posture answer's level as a badge; pass the translated label. */
export function LevelBadge({ level, label }: { level: AnswerLevel; label: string }) {
  return (
    <Badge tone={TONE[level]} className="whitespace-nowrap">
      {label}
    </Badge>
  );
}
