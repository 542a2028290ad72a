"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inviteMemberAction } from "@/lib/actions/invitations";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { InvitationLink, type DeliveryResult } from "@/components/team/invitation-link";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

const ROLES = ["ACCOUNT_MANAGER", "OWNER", "CLIENT"] as const;

/** The owner invites a member; a client invitation names one of the tenant's organizations. */
export function InviteForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const t = useTranslations("team");
  const router = useRouter();
  const [role, setRole] = useState<(typeof ROLES)[number]>("ACCOUNT_MANAGER");
  // One key per invitation: a double submit or a retry replays, never duplicates.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [sent, setSent] = useState<DeliveryResult | null>(null);
  const form = useActionForm(inviteMemberAction, {
    onSuccess: (data) => {
      setSent(data);
      setKey(crypto.randomUUID());
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      <PostForm
        noValidate
        className="grid gap-4 md:grid-cols-[2fr_1.2fr_1.5fr_auto] md:items-start"
        data-testid="invite-form"
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          setSent(null);
          void form.submit({ ...formValues(el), idempotencyKey: key }, el).then((r) => {
            if (r?.ok) el.reset();
            if (r?.ok) setRole("ACCOUNT_MANAGER");
          });
        }}
      >
        <div className="md:col-span-4">
          <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
        </div>
        <TextField
          label={t("invite.email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          error={form.fieldErrors.email}
        />
        <SelectField
          label={t("invite.role")}
          name="role"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as (typeof ROLES)[number])}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          hint={t(`roleHints.${role}`)}
          error={form.fieldErrors.role}
        />
        {role === "CLIENT" ? (
          <SelectField
            label={t("invite.organization")}
            name="organizationId"
            placeholder={t("invite.chooseOrganization")}
            defaultValue=""
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            hint={t("invite.organizationHint")}
            error={form.fieldErrors.organizationId}
          />
        ) : (
          <input type="hidden" name="organizationId" value="" />
        )}
        <div className="md:pt-6">
          <SubmitButton pending={form.pending} pendingLabel={t("invite.submitting")} testId="send-invitation">
            {t("invite.submit")}
          </SubmitButton>
        </div>
      </PostForm>
      {role === "CLIENT" && organizations.length === 0 ? (
        <Notice tone="info">{t("invite.noOrganizations")}</Notice>
      ) : null}
      {sent ? <InvitationLink result={sent} /> : null}
    </div>
  );
}
