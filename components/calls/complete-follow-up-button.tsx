"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { completeFollowUpAction } from "@/lib/actions/calls";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/** "Mark done" on one follow-up; a failure (e.g. the call was edited meanwhile) is said next to it. */
export function CompleteFollowUpButton({ id, version, label }: { id: string; version: number; label: string }) {
  const t = useTranslations("calls.followUps");
  const router = useRouter();
  const form = useActionForm(completeFollowUpAction, { onSuccess: () => router.refresh() });
  return (
    <form
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ id, expectedVersion: version }, e.currentTarget);
      }}
      className="flex flex-col items-end gap-1"
    >
      <SubmitButton pending={form.pending} pendingLabel={t("marking")} variant="secondary" testId="mark-done">
        {t("markDone")}
      </SubmitButton>
      {form.formError ? (
        <p role="alert" className="max-w-xs text-right text-xs font-medium text-red-700">
          {form.formError}
        </p>
      ) : null}
    </form>
  );
}
