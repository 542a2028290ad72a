"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { SelectField } from "@/components/ui/field";
import { updateReportReminderAction, updateReportReminderFormAction } from "@/lib/actions/settings";

const DAYS = Array.from({ length: 28 }, (_, i) => String(i + 1));

/** The day of the month account managers are reminded of the month's missing reports (or off). Works without JavaScript. */
export function ReportReminderForm({ day }: { day: number | null }) {
  const t = useTranslations("settings.reminder");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useProgressiveForm(updateReportReminderAction, updateReportReminderFormAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <PostForm noValidate className="space-y-4" data-testid="report-reminder-form" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <SelectField
        label={t("label")}
        name="reportReminderDay"
        hint={t("hint")}
        defaultValue={form.values.reportReminderDay ?? (day === null ? "" : String(day))}
        error={form.fieldErrors.reportReminderDay}
        options={[{ value: "", label: t("off") }, ...DAYS.map((d) => ({ value: d, label: t("day", { day: d }) }))]}
      />
      <div className="flex items-center gap-3">
        <SubmitButton
          pending={form.pending}
          pendingLabel={tc("saving")}
          testId="save-report-reminder"
          worksWithoutScript
        >
          {tc("save")}
        </SubmitButton>
        {saved || form.done ? (
          <span role="status" className="text-sm text-emerald-800" data-testid="report-reminder-saved">
            {t("saved")}
          </span>
        ) : null}
      </div>
    </PostForm>
  );
}
