"use client";

import { PostForm } from "@/components/forms/post-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { commentOnReportAction } from "@/lib/actions/reports";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/ui/field";
import { LIMITS } from "@/lib/validation/limits";

/**
 * Adds a comment to a report's thread. The text is cleared only once the
 * server has stored it; a retry of the same submission (lost connection)
 * reuses its idempotency key, so it is stored once.
 */
export function CommentForm({ reportId }: { reportId: string }) {
  const t = useTranslations("reports.comments");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const form = useActionForm(commentOnReportAction, {
    onSuccess: () => {
      formRef.current?.reset();
      setKey(crypto.randomUUID());
      router.refresh();
    },
  });
  return (
    <PostForm
      ref={formRef}
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ ...formValues(e.currentTarget), reportId, idempotencyKey: key }, e.currentTarget);
      }}
      data-testid="comment-form"
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextAreaField
        label={t("label")}
        name="body"
        maxLength={LIMITS.mediumText}
        rows={3}
        hint={t("hint")}
        error={form.fieldErrors.body}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("posting")} testId="post-comment">
        {t("post")}
      </SubmitButton>
    </PostForm>
  );
}
