"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmAction } from "@/components/team/confirm-action";
import { deleteInterventionAction } from "@/lib/actions/interventions";

/** Deletes one intervention after a confirmation. */
export function DeleteInterventionButton({ id }: { id: string }) {
  const t = useTranslations("interventions");
  const tc = useTranslations("common");
  const router = useRouter();
  const remove = useActionForm(deleteInterventionAction, { onSuccess: () => router.refresh() });
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <ConfirmAction
        label={tc("delete")}
        question={t("list.deleteQuestion")}
        confirmLabel={t("list.deleteConfirm")}
        cancelLabel={tc("cancel")}
        pending={remove.pending}
        onConfirm={() => void remove.submit({ id })}
        testId="delete-intervention"
      />
      {remove.formError ? <span className="text-xs text-red-700">{remove.formError}</span> : null}
    </span>
  );
}
