"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SecretReveal } from "@/components/integrations/secret-reveal";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { API_TOKEN_ACCESS } from "@/lib/domain/api-tokens/schemas";
import { LIMITS } from "@/lib/validation/limits";

/** The owner creates an API token; its secret is shown once, below the form. */
export function ApiTokenCreateForm() {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [created, setCreated] = useState<{ id: string; secret: string | null } | null>(null);
  const form = useActionForm(createApiTokenAction, {
    onSuccess: (data) => {
      setCreated(data);
      setKey(crypto.randomUUID());
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      <PostForm
        noValidate
        className="space-y-4"
        data-testid="api-token-create-form"
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          setCreated(null);
          void form.submit({ ...formValues(el), idempotencyKey: key }, el).then((r) => {
            if (r?.ok) el.reset();
          });
        }}
      >
        <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            label={t("tokens.add.name")}
            name="name"
            maxLength={LIMITS.apiTokenName}
            autoComplete="off"
            hint={t("tokens.add.nameHint")}
            error={form.fieldErrors.name}
          />
          <SelectField
            label={t("tokens.add.access")}
            name="access"
            defaultValue="READ"
            options={API_TOKEN_ACCESS.map((value) => ({ value, label: t(`tokens.access.${value}`) }))}
            hint={t("tokens.add.accessHint")}
            error={form.fieldErrors.access}
          />
          <TextField
            label={t("tokens.add.expiresOn")}
            name="expiresOn"
            type="date"
            optional
            hint={t("tokens.add.expiresOnHint")}
            error={form.fieldErrors.expiresOn}
          />
        </div>
        <SubmitButton pending={form.pending} pendingLabel={t("tokens.add.submitting")} testId="add-api-token">
          {t("tokens.add.submit")}
        </SubmitButton>
      </PostForm>
      {created?.secret ? (
        <SecretReveal secret={created.secret} heading={t("tokens.secret.heading")} testId="api-token-secret" />
      ) : created ? (
        <Notice tone="info">{t("tokens.secret.replayed")}</Notice>
      ) : null}
    </div>
  );
}
