"use client";

import { useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/assessments/choice-group";
import { EVENT_TYPE_NAMES } from "@/lib/events/types";

/** The events an endpoint receives: one checkbox per type of lib/events/types.ts. */
export function EventChoices({ defaultValue, error }: { defaultValue?: string[]; error?: string }) {
  const t = useTranslations("integrations");
  return (
    <ChoiceGroup
      legend={t("webhooks.add.events")}
      name="eventTypes"
      multiple
      columns={2}
      defaultValue={defaultValue}
      error={error}
      options={EVENT_TYPE_NAMES.map((type) => ({ value: type, label: t(`events.${type}`) }))}
    />
  );
}
