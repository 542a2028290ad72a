import { useFormatter, useTranslations } from "next-intl";
import type { ProposalReason } from "@/lib/proposals/snapshot";

/** Renders a proposal's reason codes in the reader's locale, in the client's words (the proposal page, the journey). */
export function useProposalReason(): (r: ProposalReason) => string {
  const t = useTranslations("proposals");
  const format = useFormatter();
  const list = (items: string[]) => format.list(items, { type: "conjunction" });
  return (r) => {
    switch (r.code) {
      case "situation":
        return t(`reason.situation.${r.item}`);
      case "need":
        return t(`reason.need.${r.item}`);
      case "outgrown":
        return t("reason.outgrown", { items: list(r.items.map((k) => t(`reason.condition.outgrown.${k}`))) });
      case "stillFits":
        return t("reason.stillFits", { items: list(r.items.map((k) => t(`reason.condition.fits.${k}`))) });
      case "backupsUnchecked":
        return t("reason.backupsUnchecked");
      case "documentation":
        return t(`reason.documentation.${r.item}`);
      case "target":
        return t("reason.target", { model: t(`modelInline.${r.model}`) });
      case "notOnlyCost":
        return t("reason.notOnlyCost");
    }
  };
}
