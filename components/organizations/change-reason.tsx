import { useTranslations } from "next-intl";
import { reasonMessage, type StoredReason } from "@/lib/domain/model-changes/reason";
import { renderMessage } from "@/lib/i18n/translate";

/** A model change's reason in the reader's locale: a person's words as typed, a system code from the catalog. */
export function ChangeReason({ change }: { change: StoredReason }) {
  const t = useTranslations();
  return <>{renderMessage(t, reasonMessage(change))}</>;
}
