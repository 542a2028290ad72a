"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";

/** The upload form's "Source system": where the file's external ids come from (unique per source). */
export function SourceSystemField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useTranslations("imports");
  return (
    <TextField
      label={t("sourceSystem")}
      name="sourceSystem"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      hint={t("sourceSystemHint")}
      error={error}
    />
  );
}
