import { useTranslations } from "next-intl";
import { moveDirection } from "@/lib/domain/model-changes/journey";
import type { Model } from "@/lib/vocabulary";

/** "Moved from hybrid to managed services", "Became a client on break-fix", "Left the MSP"… */
export function MoveLabel({ from, to }: { from: Model | null; to: Model | null }) {
  const t = useTranslations("orgs.move.label");
  const tc = useTranslations("common");
  const direction = moveDirection(from, to);
  const name = (m: Model | null) => (m ? tc(`serviceModel.${m}`) : "");
  switch (direction) {
    case "left":
      return <>{from ? t("leftFrom", { from: name(from) }) : t("left")}</>;
    case "start":
      return <>{t("start", { to: name(to) })}</>;
    case "up":
      return <>{t("up", { from: name(from), to: name(to) })}</>;
    case "down":
      return <>{t("down", { from: name(from), to: name(to) })}</>;
    default:
      return <>{t("same", { to: name(to) })}</>;
  }
}
