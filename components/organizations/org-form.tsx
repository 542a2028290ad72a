"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  createOrganizationAction,
  createOrganizationFormAction,
  updateOrganizationAction,
} from "@/lib/actions/organizations";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { ButtonLink } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { LOCALES, type Locale } from "@/lib/i18n/catalog";
import { type Model, MODELS, NEW_LIFECYCLES } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

type Staff = { userId: string; name: string };
export type OrgFormValues = {
  id: string;
  version: number;
  name: string;
  industry: string | null;
  headcount: number;
  sites: number;
  endpoints: number | null;
  targetModel: Model | null;
  accountManagerId: string | null;
  notes: string | null;
  reportLocale: Locale | null;
};

/** Create (no `org`) or edit an organization. Inputs are uncontrolled: nothing typed is ever lost. */
export function OrgForm({
  org,
  staff,
  defaultManagerId,
  today,
}: {
  org?: OrgFormValues;
  staff: Staff[];
  defaultManagerId: string | null;
  today: string;
}) {
  const t = useTranslations("orgs.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  // Creating works without JavaScript too (a POST to createOrganizationFormAction); editing needs it.
  const create = useProgressiveForm(createOrganizationAction, createOrganizationFormAction, {
    onSuccess: ({ id }) => router.push(`/organizations/${id}`),
  });
  const update = useActionForm(updateOrganizationAction, {
    onSuccess: ({ id }) => {
      router.push(`/organizations/${id}`);
      router.refresh();
    },
  });
  const form = org ? update : create;
  const errors = form.fieldErrors;
  // What was typed before a submit without JavaScript that the server refused.
  const typed: Record<string, string | undefined> = org ? {} : create.values;
  const managerOptions = staff.map((s) => ({ value: s.userId, label: s.name }));
  if (org?.accountManagerId && !staff.some((s) => s.userId === org.accountManagerId)) {
    managerOptions.push({ value: org.accountManagerId, label: t("formerStaff") });
  }
  const modelOptions = MODELS.map((m) => ({ value: m, label: tc(`serviceModel.${m}`) }));
  const localeOptions = LOCALES.map((l) => ({ value: l, label: tc(`locales.${l}`) }));
  return (
    <PostForm
      noValidate
      aria-label={org ? t("editLabel") : t("createLabel")}
      className="space-y-6"
      {...(org
        ? {
            onSubmit: (e: React.FormEvent<HTMLFormElement>) => {
              e.preventDefault();
              void form.submit(
                { ...formValues(e.currentTarget), id: org.id, expectedVersion: org.version },
                e.currentTarget,
              );
            },
          }
        : create.formProps)}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      {org ? null : (
        // The server's key when the page was sent (a submit before hydration), the browser's after.
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} suppressHydrationWarning />
      )}
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("identity")}</legend>
        <TextField
          label={t("name")}
          name="name"
          defaultValue={org?.name ?? typed.name}
          required
          maxLength={LIMITS.organizationName}
          autoComplete="organization"
          error={errors.name}
        />
        <TextField
          label={t("industry")}
          name="industry"
          defaultValue={org?.industry ?? typed.industry ?? ""}
          optional
          maxLength={LIMITS.industry}
          error={errors.industry}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("size")}</legend>
        <TextField
          label={t("headcount")}
          name="headcount"
          inputMode="numeric"
          defaultValue={org?.headcount ?? typed.headcount ?? ""}
          required
          hint={t("headcountHint")}
          error={errors.headcount}
        />
        <TextField
          label={t("sites")}
          name="sites"
          inputMode="numeric"
          defaultValue={org?.sites ?? typed.sites ?? 1}
          required
          error={errors.sites}
        />
        <TextField
          label={t("endpoints")}
          name="endpoints"
          inputMode="numeric"
          defaultValue={org?.endpoints ?? typed.endpoints ?? ""}
          optional
          hint={t("endpointsHint")}
          error={errors.endpoints}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("relationship")}</legend>
        {org ? null : (
          <>
            <SelectField
              label={t("lifecycleStatus")}
              name="lifecycleStatus"
              defaultValue={typed.lifecycleStatus ?? "PROSPECT"}
              options={NEW_LIFECYCLES.map((s) => ({ value: s, label: tc(`lifecycle.${s}`) }))}
              hint={t("lifecycleHint")}
              error={errors.lifecycleStatus}
            />
            <SelectField
              label={t("currentModel")}
              name="currentModel"
              defaultValue={typed.currentModel ?? "BREAK_FIX"}
              options={modelOptions}
              hint={t("currentModelHint")}
              error={errors.currentModel}
            />
            <TextField
              label={t("clientSince")}
              name="clientSince"
              type="date"
              defaultValue={typed.clientSince}
              max={today}
              optional
              hint={t("clientSinceHint")}
              error={errors.clientSince}
            />
          </>
        )}
        <SelectField
          label={t("targetModel")}
          name="targetModel"
          defaultValue={org?.targetModel ?? typed.targetModel ?? ""}
          placeholder={t("noTarget")}
          options={modelOptions}
          optional
          error={errors.targetModel}
        />
        <SelectField
          label={t("accountManager")}
          name="accountManagerId"
          defaultValue={org ? (org.accountManagerId ?? "") : (typed.accountManagerId ?? defaultManagerId ?? "")}
          placeholder={t("unassigned")}
          options={managerOptions}
          error={errors.accountManagerId}
        />
        <SelectField
          label={t("reportLocale")}
          name="reportLocale"
          defaultValue={org?.reportLocale ?? typed.reportLocale ?? ""}
          placeholder={t("readerLocale")}
          options={localeOptions}
          optional
          hint={t("reportLocaleHint")}
          error={errors.reportLocale}
        />
      </fieldset>
      <TextAreaField
        label={t("notes")}
        name="notes"
        defaultValue={org?.notes ?? typed.notes ?? ""}
        optional
        maxLength={LIMITS.longText}
        error={errors.notes}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          pending={form.pending}
          pendingLabel={tc("saving")}
          testId="save-organization"
          worksWithoutScript={!org}
        >
          {org ? tc("save") : t("create")}
        </SubmitButton>
        <ButtonLink href={org ? `/organizations/${org.id}` : "/organizations"} variant="ghost">
          {tc("cancel")}
        </ButtonLink>
      </div>
    </PostForm>
  );
}
