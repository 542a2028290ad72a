"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SecretReveal } from "@/components/integrations/secret-reveal";
import { Notice } from "@/components/ui/notice";
import type { ActionResult, FieldMessages } from "@/lib/access/result";

type Created = { id: string; secret: string | null };

/**
 * The owner creates something that comes with a secret (an API token, a webhook's signing
 * secret): the form, then the secret shown once below it. A replayed submission (same
 * idempotency key) gets the record back without its secret, and says so.
 */
export function SecretCreateForm({
  action,
  testId,
  text,
  fields,
}: {
  action: (input: unknown) => Promise<ActionResult<Created>>;
  testId: { form: string; submit: string; secret: string };
  text: { submit: string; submitting: string; secretHeading: string; replayed: string };
  fields: (fieldErrors: FieldMessages) => ReactNode;
}) {
  const router = useRouter();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [created, setCreated] = useState<Created | null>(null);
  const form = useActionForm(action, {
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
        data-testid={testId.form}
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
        {fields(form.fieldErrors)}
        <SubmitButton pending={form.pending} pendingLabel={text.submitting} testId={testId.submit}>
          {text.submit}
        </SubmitButton>
      </PostForm>
      {created?.secret ? (
        <SecretReveal secret={created.secret} heading={text.secretHeading} testId={testId.secret} />
      ) : created ? (
        <Notice tone="info">{text.replayed}</Notice>
      ) : null}
    </div>
  );
}
