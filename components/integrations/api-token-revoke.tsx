"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmAction } from "@/components/team/confirm-action";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";

/** Revokes one token after a confirmation: from the next request on, it answers 401. */
export function ApiTokenRevoke({ token }: { token: { id: string; name: string; version: number } }) {
  const t = useTranslations("integrations");
  const tc = useTranslations("common");
  const router = useRouter();
  const revoke = useActionForm(revokeApiTokenAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <FormError message={revoke.formError} />
      <ConfirmAction
        label={t("tokens.revoke.label")}
        question={t("tokens.revoke.question", { name: token.name })}
        confirmLabel={t("tokens.revoke.confirm")}
        cancelLabel={tc("cancel")}
        pending={revoke.pending}
        onConfirm={() => void revoke.submit({ id: token.id, expectedVersion: token.version })}
        testId="revoke-api-token"
      />
    </div>
  );
}
