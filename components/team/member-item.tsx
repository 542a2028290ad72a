"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import {
  changeRoleAction,
  removeMemberAction,
  requestPasswordResetAction,
  setUserDisabledAction,
} from "@/lib/actions/team";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ClientAccessForm } from "@/components/team/client-access-form";
import { ConfirmAction } from "@/components/team/confirm-action";
import { InvitationLink, type DeliveryResult } from "@/components/team/invitation-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { TeamMember } from "@/lib/domain/team/list-team";
import { STAFF_ROLES } from "@/lib/vocabulary";

const ROLE_TONE = { OWNER: "brand", ACCOUNT_MANAGER: "info", CLIENT: "neutral" } as const;

/** One member: who they are, and (for the owner) what can be done about them. */
export function MemberItem({ member, isSelf }: { member: TeamMember; isSelf: boolean }) {
  const t = useTranslations("team");
  const tc = useTranslations("common");
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const panelId = `manage-${member.membershipId}`;
  return (
    <li className="px-5 py-4" data-testid="member" data-email={member.email}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{member.name}</span>
            {isSelf ? <Badge>{t("members.you")}</Badge> : null}
            <Badge tone={ROLE_TONE[member.role]}>{t(`roles.${member.role}`)}</Badge>
            {member.role === "CLIENT" ? (
              <Badge tone={member.clientAccess === "APPROVER" ? "info" : "neutral"}>
                <span data-testid="client-access">{t(`access.${member.clientAccess}`)}</span>
              </Badge>
            ) : null}
            {member.disabled ? (
              <Badge tone="danger">
                <span data-testid="member-disabled">{t("members.disabled")}</span>
              </Badge>
            ) : null}
          </p>
          <p className="truncate text-sm text-slate-600">{member.email}</p>
          <p className="mt-0.5 text-xs text-slate-600">
            {t("members.detail", {
              client: member.organizationName ? "yes" : "no",
              organization: member.organizationName ?? "",
              signedIn: member.lastLoginAt ? "yes" : "no",
              date: member.lastLoginAt ? format.dateTime(member.lastLoginAt, { dateStyle: "medium" }) : "",
            })}
          </p>
          {member.role === "CLIENT" ? <ClientAccessForm member={member} /> : null}
        </div>
        <Button
          size="sm"
          variant="secondary"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={t("members.manageLabel", { name: member.name })}
          onClick={() => setOpen((o) => !o)}
          data-testid="manage-member"
        >
          {open ? tc("close") : t("members.manage")}
        </Button>
      </div>
      {open ? (
        <div id={panelId} className="mt-4 grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-4 lg:grid-cols-2">
          <RoleForm member={member} />
          {isSelf ? (
            <p className="text-sm text-slate-600">{t("reset.yourself")}</p>
          ) : (
            <>
              <ResetPassword member={member} />
              <DisableToggle member={member} />
              <RemoveMember member={member} />
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      {children}
    </section>
  );
}

function RoleForm({ member }: { member: TeamMember }) {
  const t = useTranslations("team");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(changeRoleAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  if (member.role === "CLIENT") {
    return (
      <Section title={t("changeRole.title")}>
        <p className="text-sm text-slate-600">{t("changeRole.clientFixed")}</p>
      </Section>
    );
  }
  return (
    <Section title={t("changeRole.title")}>
      <PostForm
        noValidate
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          void form.submit(
            {
              ...formValues(e.currentTarget),
              membershipId: member.membershipId,
              expectedVersion: member.membershipVersion,
            },
            e.currentTarget,
          );
        }}
      >
        <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
        <SelectField
          label={t("changeRole.label")}
          name="role"
          defaultValue={member.role}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={form.fieldErrors.role}
          className="max-w-xs"
        />
        <div className="flex items-center gap-3">
          <SubmitButton pending={form.pending} pendingLabel={tc("saving")} variant="secondary" testId="change-role">
            {t("changeRole.submit")}
          </SubmitButton>
          {saved ? (
            <span role="status" className="text-sm text-emerald-800">
              {t("changeRole.saved")}
            </span>
          ) : null}
        </div>
      </PostForm>
    </Section>
  );
}

function ResetPassword({ member }: { member: TeamMember }) {
  const t = useTranslations("team");
  const [sent, setSent] = useState<DeliveryResult | null>(null);
  const form = useActionForm(requestPasswordResetAction, { onSuccess: (data) => setSent(data) });
  return (
    <Section title={t("reset.title")} description={t("reset.description")}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <Button
        size="sm"
        variant="secondary"
        disabled={form.pending || member.disabled}
        aria-busy={form.pending}
        onClick={() => {
          setSent(null);
          void form.submit({ membershipId: member.membershipId });
        }}
        data-testid="reset-password"
      >
        {form.pending ? t("reset.submitting") : t("reset.submit")}
      </Button>
      {sent ? <InvitationLink result={sent} kind="PASSWORD_RESET" /> : null}
    </Section>
  );
}

function DisableToggle({ member }: { member: TeamMember }) {
  const t = useTranslations("team.disable");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useActionForm(setUserDisabledAction, { onSuccess: () => router.refresh() });
  const payload = { membershipId: member.membershipId, expectedVersion: member.userVersion };
  return (
    <Section
      title={member.disabled ? t("enableTitle") : t("disableTitle")}
      description={member.disabled ? t("enableDescription") : t("disableDescription")}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      {member.disabled ? (
        <Button
          size="sm"
          variant="secondary"
          disabled={form.pending}
          onClick={() => void form.submit({ ...payload, disabled: false })}
          data-testid="enable-user"
        >
          {t("enableSubmit")}
        </Button>
      ) : (
        <ConfirmAction
          label={t("disableSubmit")}
          question={t("disableConfirm", { name: member.name })}
          confirmLabel={t("confirm")}
          cancelLabel={tc("cancel")}
          pending={form.pending}
          onConfirm={() => void form.submit({ ...payload, disabled: true })}
          testId="disable-user"
        />
      )}
    </Section>
  );
}

function RemoveMember({ member }: { member: TeamMember }) {
  const t = useTranslations("team.remove");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useActionForm(removeMemberAction, { onSuccess: () => router.refresh() });
  return (
    <Section title={t("title")} description={t("description")}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <ConfirmAction
        label={t("submit")}
        question={t("confirm", { name: member.name })}
        confirmLabel={t("confirmSubmit")}
        cancelLabel={tc("cancel")}
        pending={form.pending}
        onConfirm={() =>
          void form.submit({ membershipId: member.membershipId, expectedVersion: member.membershipVersion })
        }
        testId="remove-member"
      />
    </Section>
  );
}
