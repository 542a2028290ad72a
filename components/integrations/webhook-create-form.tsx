"use client";

import { useTranslations } from "next-intl";
import { EventChoices } from "@/components/integrations/event-choices";
import { SecretCreateForm } from "@/components/integrations/secret-create-form";
import { TextField } from "@/components/ui/field";
import { createWebhookEndpointAction } from "@/lib/actions/webhooks";
import { LIMITS } from "@/lib/validation/limits";

/** The owner adds an endpoint; the signing secret is shown once, below the form. */
export function WebhookCreateForm() {
  const t = useTranslations("integrations");
  return (
    <SecretCreateForm
      action={createWebhookEndpointAction}
      testId={{ form: "webhook-create-form", submit: "add-webhook", secret: "webhook-secret" }}
      text={{
        submit: t("webhooks.add.submit"),
        submitting: t("webhooks.add.submitting"),
        secretHeading: t("webhooks.secret.heading"),
        replayed: t("webhooks.secret.replayed"),
      }}
      fields={(errors) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              label={t("webhooks.add.url")}
              name="url"
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://"
              hint={t("webhooks.add.urlHint")}
              error={errors.url}
            />
            <TextField
              label={t("webhooks.add.description")}
              name="description"
              maxLength={LIMITS.webhookDescription}
              optional
              hint={t("webhooks.add.descriptionHint")}
              error={errors.description}
            />
          </div>
          <EventChoices error={errors.eventTypes} />
        </>
      )}
    />
  );
}
