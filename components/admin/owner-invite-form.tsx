"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inviteOwnerAction } from "@/lib/actions/tenants";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { InvitationLink, type DeliveryResult } from "@/components/team/invitation-link";
import { TextField } from "@/components/ui/field";

export function OwnerInviteForm({ tenantId }: { tenantId: string }) {
  const t = useTranslations("admin.tenants.detail");
  const router = useRouter();
  const [sent, setSent] = useState<DeliveryResult | null>(null);
  const form = useActionForm(inviteOwnerAction, {
    onSuccess: (data) => {
      setSent(data);
      router.refresh();
    },
  });
  return (
    <div className="space-y-3">
      <PostForm
        noValidate
        className="flex flex-wrap items-start gap-3"
        data-testid="owner-invite-form"
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          setSent(null);
          void form.submit({ ...formValues(el), tenantId }, el).then((r) => {
            if (r?.ok) el.reset();
          });
        }}
      >
        <div className="w-full">
          <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
        </div>
        <TextField
          label={t("email")}
          name="email"
          type="email"
          required
          autoComplete="off"
          error={form.fieldErrors.email}
          className="min-w-64 flex-1"
        />
        <div className="pt-6">
          <SubmitButton pending={form.pending} pendingLabel={t("inviteSubmitting")} testId="invite-owner">
            {t("inviteSubmit")}
          </SubmitButton>
        </div>
      </PostForm>
      {sent ? <InvitationLink result={sent} forPlatformAdmin /> : null}
    </div>
  );
}
