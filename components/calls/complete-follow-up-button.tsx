"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { completeFollowUpAction, reopenFollowUpAction } from "@/lib/actions/calls";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/**
 * "Mark done" on one follow-up, and "Undo" right after: the row stays, saying it is done, until
 * the page is next loaded. A failure (e.g. the call was edited meanwhile) is said next to it.
 */
export function CompleteFollowUpButton({
  id,
  version,
  label,
  done: initiallyDone = false,
}: {
  id: string;
  version: number;
  label: string;
  done?: boolean;
}) {
  const t = useTranslations("calls.followUps");
  const router = useRouter();
  const [state, setState] = useState({ done: initiallyDone, version });
  const complete = useActionForm(completeFollowUpAction, {
    onSuccess: (r) => setState({ done: true, version: r.version }),
  });
  const reopen = useActionForm(reopenFollowUpAction, {
    onSuccess: (r) => {
      setState({ done: false, version: r.version });
      router.refresh();
    },
  });
  const form = state.done ? reopen : complete;
  return (
    <PostForm
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ id, expectedVersion: state.version }, e.currentTarget);
      }}
      className="flex flex-col items-end gap-1"
    >
      {state.done ? (
        <div className="flex flex-wrap items-center justify-end gap-2">
          <span role="status" className="text-sm font-medium text-emerald-800" data-testid="follow-up-done">
            {t("markedDone")}
          </span>
          <SubmitButton pending={reopen.pending} pendingLabel={t("marking")} variant="secondary" testId="undo-done">
            {t("undo")}
          </SubmitButton>
        </div>
      ) : (
        <SubmitButton pending={complete.pending} pendingLabel={t("marking")} variant="secondary" testId="mark-done">
          {t("markDone")}
        </SubmitButton>
      )}
      {form.formError ? (
        <p role="alert" className="max-w-xs text-right text-xs font-medium text-red-700">
          {form.formError}
        </p>
      ) : null}
    </PostForm>
  );
}
