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
import { ConfirmAction } from "@/components/team/confirm-action";
import { CheckboxField, TextField } from "@/components/ui/field";
import {
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
  updateWebhookEndpointAction,
} from "@/lib/actions/webhooks";
import { LIMITS } from "@/lib/validation/limits";

export type EditableEndpoint = {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  version: number;
};

/** An endpoint's settings, its secret rotation and its deletion. */
export function WebhookSettings({ endpoint }: { endpoint: EditableEndpoint }) {
  const t = useTranslations("integrations");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useActionForm(updateWebhookEndpointAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const rotate = useActionForm(rotateWebhookSecretAction, {
    onSuccess: (data) => {
      setSecret(data.secret);
      router.refresh();
    },
  });
  const remove = useActionForm(deleteWebhookEndpointAction, {
    onSuccess: () => router.push("/integrations/webhooks"),
  });
  return (
    <div className="space-y-6">
      <PostForm
        noValidate
        className="space-y-4"
        data-testid="webhook-settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          void form.submit(
            { ...formValues(e.currentTarget), id: endpoint.id, expectedVersion: endpoint.version },
            e.currentTarget,
          );
        }}
      >
        <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("webhooks.add.url")}
            name="url"
            type="url"
            inputMode="url"
            defaultValue={endpoint.url}
            hint={t("webhooks.add.urlHint")}
            error={form.fieldErrors.url}
          />
          <TextField
            label={t("webhooks.add.description")}
            name="description"
            maxLength={LIMITS.webhookDescription}
            optional
            defaultValue={endpoint.description ?? ""}
            error={form.fieldErrors.description}
          />
        </div>
        <EventChoices defaultValue={endpoint.eventTypes} error={form.fieldErrors.eventTypes} />
        <CheckboxField
          label={t("webhooks.edit.enabled")}
          name="enabled"
          defaultChecked={endpoint.enabled}
          error={form.fieldErrors.enabled}
        />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-webhook">
            {tc("save")}
          </SubmitButton>
          {saved ? <span className="text-sm text-emerald-800">{t("webhooks.edit.saved")}</span> : null}
        </div>
      </PostForm>
      <div className="space-y-3 border-t border-slate-200 pt-4">
        <FormError message={rotate.formError ?? remove.formError} />
        <div className="flex flex-wrap gap-3">
          <ConfirmAction
            label={t("webhooks.rotate.label")}
            question={t("webhooks.rotate.question")}
            confirmLabel={t("webhooks.rotate.confirm")}
            cancelLabel={tc("cancel")}
            variant="secondary"
            pending={rotate.pending}
            onConfirm={() => void rotate.submit({ id: endpoint.id, expectedVersion: endpoint.version })}
            testId="rotate-secret"
          />
          <ConfirmAction
            label={t("webhooks.delete.label")}
            question={t("webhooks.delete.question")}
            confirmLabel={t("webhooks.delete.confirm")}
            cancelLabel={tc("cancel")}
            pending={remove.pending}
            onConfirm={() => void remove.submit({ id: endpoint.id, expectedVersion: endpoint.version })}
            testId="delete-webhook"
          />
        </div>
        {secret ? <SecretReveal secret={secret} heading={t("webhooks.rotate.done")} testId="rotated-secret" /> : null}
      </div>
    </div>
  );
}
