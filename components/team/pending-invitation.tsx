"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmAction } from "@/components/team/confirm-action";
import { InvitationLink, type DeliveryResult } from "@/components/team/invitation-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/access/result";

/** `expired` is decided on the server, at the time of the request. */
type Invitation = {
  id: string;
  email: string;
  roleLabel: string;
  detail: string | null;
  expiresAt: Date;
  expired: boolean;
};

/**
 * A pending invitation with "send again" and "revoke". The actions are passed
 * in (the owner's team page and the platform admin's tenant page use their own,
 * each guarded by its own permission), with the payload that identifies it.
 */
export function PendingInvitation({
  invitation,
  payload,
  resendAction,
  revokeAction,
}: {
  invitation: Invitation;
  payload: Record<string, string>;
  resendAction: (input: unknown) => Promise<ActionResult<DeliveryResult>>;
  revokeAction: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("team.pending");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const [sent, setSent] = useState<DeliveryResult | null>(null);
  const resend = useActionForm(resendAction, {
    onSuccess: (data) => {
      setSent(data);
      router.refresh();
    },
  });
  const revoke = useActionForm(revokeAction, { onSuccess: () => router.refresh() });
  return (
    <li className="space-y-3 px-5 py-4" data-testid="pending-invitation" data-email={invitation.email}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{invitation.email}</span>
            <Badge>{invitation.roleLabel}</Badge>
            {invitation.expired ? (
              <Badge tone="warning">{t("expired")}</Badge>
            ) : (
              <span className="text-xs text-slate-600">
                {t("expires", {
                  date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </span>
            )}
          </p>
          {invitation.detail ? <p className="mt-0.5 text-xs text-slate-600">{invitation.detail}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button
            size="sm"
            variant="secondary"
            disabled={resend.pending}
            aria-busy={resend.pending}
            onClick={() => {
              setSent(null);
              void resend.submit(payload);
            }}
            data-testid="resend-invitation"
          >
            {resend.pending ? t("resending") : t("resend")}
          </Button>
          <ConfirmAction
            label={t("revoke")}
            question={t("revokeConfirm", { email: invitation.email })}
            confirmLabel={t("revokeSubmit")}
            cancelLabel={tc("cancel")}
            pending={revoke.pending}
            onConfirm={() => void revoke.submit(payload)}
            testId="revoke-invitation"
          />
        </div>
      </div>
      <FormError
        message={resend.formError ?? revoke.formError}
        retryable={resend.retryable || revoke.retryable}
        onRetry={resend.formError ? resend.retry : revoke.retry}
      />
      {sent ? <InvitationLink result={sent} /> : null}
    </li>
  );
}
