"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { reactivateTenantAction, suspendTenantAction } from "@/lib/actions/tenants";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/ui/field";

/** Suspend (when active) or reactivate (when suspended), always with a reason. */
export function TenantStatusForm({
  tenant,
}: {
  tenant: { id: string; status: "ACTIVE" | "SUSPENDED"; version: number };
}) {
  const t = useTranslations("admin.tenants.status_");
  const router = useRouter();
  const suspending = tenant.status === "ACTIVE";
  const form = useActionForm(suspending ? suspendTenantAction : reactivateTenantAction, {
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      // A new form (and an empty reason) after each status change.
      key={`${tenant.status}-${tenant.version}`}
      noValidate
      className="space-y-4"
      data-testid="tenant-status-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          { ...formValues(e.currentTarget), id: tenant.id, expectedVersion: tenant.version },
          e.currentTarget,
        );
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
    </form>
  );
}
