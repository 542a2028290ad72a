"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { EventChoices } from "@/components/integrations/event-choices";
import { SecretReveal } from "@/components/integrations/secret-reveal";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { createWebhookEndpointAction } from "@/lib/actions/webhooks";
import { LIMITS } from "@/lib/validation/limits";

/** The owner adds an endpoint; the signing secret is shown once, below the form. */
export function WebhookCreateForm() {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [created, setCreated] = useState<{ id: string; secret: string | null } | null>(null);
  const form = useActionForm(createWebhookEndpointAction, {
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
        data-testid="webhook-create-form"
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
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("webhooks.add.url")}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            hint={t("webhooks.add.urlHint")}
            error={form.fieldErrors.url}
          />
          <TextField
            label={t("webhooks.add.description")}
            name="description"
            maxLength={LIMITS.webhookDescription}
            optional
            hint={t("webhooks.add.descriptionHint")}
            error={form.fieldErrors.description}
          />
        </div>
        <EventChoices error={form.fieldErrors.eventTypes} />
        <SubmitButton pending={form.pending} pendingLabel={t("webhooks.add.submitting")} testId="add-webhook">
          {t("webhooks.add.submit")}
        </SubmitButton>
      </PostForm>
      {created?.secret ? (
        <SecretReveal secret={created.secret} heading={t("webhooks.secret.heading")} testId="webhook-secret" />
      ) : created ? (
        <Notice tone="info">{t("webhooks.secret.replayed")}</Notice>
      ) : null}
    </div>
  );
}
