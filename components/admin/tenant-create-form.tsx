"use client";

import { PostForm } from "@/components/forms/post-form";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { createTenantAction } from "@/lib/actions/tenants";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { InvitationLink } from "@/components/team/invitation-link";
import { ButtonLink, Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { CreateTenantResult } from "@/lib/domain/tenants/create-tenant";
import { slugify } from "@/lib/domain/tenants/slugify";
import { LIMITS } from "@/lib/validation/limits";

export function TenantCreateForm() {
  const t = useTranslations("admin.tenants");
  const slugRef = useRef<HTMLInputElement>(null);
  const slugEdited = useRef(false);
  const [created, setCreated] = useState<{ name: string; result: CreateTenantResult } | null>(null);
  const form = useActionForm(createTenantAction);

  if (created) {
    return (
      <div className="space-y-4" data-testid="tenant-created">
        <Notice tone="success">{t("create.created", { name: created.name })}</Notice>
        <InvitationLink result={created.result} forPlatformAdmin />
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/admin/tenants/${created.result.tenantId}`} variant="primary">
            {t("create.open")}
          </ButtonLink>
          <Button variant="secondary" onClick={() => setCreated(null)}>
            {t("create.another")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <PostForm
      noValidate
      className="max-w-xl space-y-4"
      data-testid="tenant-create-form"
      onSubmit={(e) => {
        e.preventDefault();
        const values = formValues(e.currentTarget);
        void form.submit(values, e.currentTarget).then((r) => {
          if (r?.ok) {
            slugEdited.current = false;
            setCreated({ name: String(values.name ?? "").trim(), result: r.data });
          }
        });
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <TextField
        label={t("fields.name")}
        name="name"
        required
        maxLength={LIMITS.tenantName}
        hint={t("fields.nameHint")}
        error={form.fieldErrors.name}
        onChange={(e) => {
          if (!slugEdited.current && slugRef.current) slugRef.current.value = slugify(e.currentTarget.value);
        }}
      />
      <TextField
        ref={slugRef}
        label={t("fields.slug")}
        name="slug"
        required
        maxLength={48}
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        hint={t("fields.slugHint")}
        error={form.fieldErrors.slug}
        onChange={() => {
          slugEdited.current = true;
        }}
      />
      <TextField
        label={t("fields.ownerEmail")}
        name="ownerEmail"
        type="email"
        required
        autoComplete="off"
        hint={t("fields.ownerEmailHint")}
        error={form.fieldErrors.ownerEmail}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("create.submitting")} testId="create-tenant">
        {t("create.submit")}
      </SubmitButton>
    </PostForm>
  );
}
