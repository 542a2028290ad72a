"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { reactivateTenantAction, suspendTenantAction } from "@/lib/actions/tenants";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";

/**
 * Suspend (when active) or reactivate (when suspended), always with a reason. Suspending asks
 * first: every user of the tenant is shut out at once.
 */
export function TenantStatusForm({
  tenant,
}: {
  tenant: { id: string; name: string; status: "ACTIVE" | "SUSPENDED"; version: number };
}) {
  const t = useTranslations("admin.tenants.status_");
  const router = useRouter();
  const suspending = tenant.status === "ACTIVE";
  const formRef = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(false);
  const form = useActionForm(suspending ? suspendTenantAction : reactivateTenantAction, {
    onSuccess: () => router.refresh(),
  });
  const send = () => {
    const el = formRef.current;
    if (!el) return;
    void form.submit({ ...formValues(el), id: tenant.id, expectedVersion: tenant.version }, el);
  };
  return (
    <PostForm
      ref={formRef}
      // A new form (and an empty reason) after each status change.
      key={`${tenant.status}-${tenant.version}`}
      noValidate
      className="space-y-4"
      data-testid="tenant-status-form"
      onSubmit={(e) => {
        e.preventDefault();
        const reason = String(formValues(e.currentTarget).reason ?? "").trim();
        // Without a reason nothing can happen yet: the field says what is missing, no question first.
        if (suspending && reason !== "") setAsking(true);
        else send();
      }}
    >
      <p className="text-sm text-slate-600">{suspending ? t("activeDescription") : t("suspendedDescription")}</p>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextAreaField
        label={t("reason")}
        name="reason"
        required
        maxLength={500}
        rows={3}
        hint={suspending ? t("suspendReasonHint") : t("reactivateReasonHint")}
        error={form.fieldErrors.reason}
      />
      <SubmitButton
        pending={form.pending}
        pendingLabel={suspending ? t("suspending") : t("reactivating")}
        variant={suspending ? "danger" : "primary"}
        testId={suspending ? "suspend-tenant" : "reactivate-tenant"}
      >
        {suspending ? t("suspend") : t("reactivate")}
      </SubmitButton>
      {suspending ? (
        <ConfirmDialog
          open={asking}
          title={t("confirmTitle", { name: tenant.name })}
          description={t("confirmBody")}
          confirmLabel={t("confirmSuspend")}
          cancelLabel={t("cancel")}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            send();
          }}
          testId="suspend-tenant-dialog"
          confirmTestId="suspend-tenant-confirm"
        />
      ) : null}
    </PostForm>
  );
}
