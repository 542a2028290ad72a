"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateSettingsAction } from "@/lib/actions/settings";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { CURRENCIES, PRICING_FIELDS, type PricingField } from "@/lib/domain/settings/schemas";
import { ECONOMICS } from "@/lib/engine/economics-keys";

type Settings = Record<PricingField, number | null> & { currency: string; version: number };

const GROUP_KEYS = ["support", "managed", "hybrid", "horizon"] as const;
/** The group each price is shown in: every field of the engine's price list needs one (else it does not compile). */
const GROUP_OF = {
  hourlyRate: "support",
  managedPerUser: "managed",
  managedPerEndpoint: "managed",
  backupPerEndpoint: "hybrid",
  suitePerUser: "hybrid",
  criticalItemPerMonth: "hybrid",
  steeringPerMonth: "hybrid",
  horizonMonths: "horizon",
} as const satisfies Record<PricingField, (typeof GROUP_KEYS)[number]>;
const GROUPS = GROUP_KEYS.map((key) => ({ key, fields: PRICING_FIELDS.filter((f) => GROUP_OF[f] === key) }));

/** The tenant's currency and price list (blank = the documented default); numbers are checked on the server (field errors come back here). */
export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [currency, setCurrency] = useState(settings.currency);
  const form = useActionForm(updateSettingsAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <PostForm
      noValidate
      className="space-y-8"
      data-testid="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void form.submit({ ...formValues(e.currentTarget), expectedVersion: settings.version }, e.currentTarget);
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold text-slate-900">{t("currency.title")}</legend>
        <SelectField
          label={t("currency.label")}
          name="currency"
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value)}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          hint={t("currency.hint")}
          error={form.fieldErrors.currency}
          className="max-w-xs"
        />
      </fieldset>
      {GROUPS.map((group) => (
        <fieldset key={group.key} className="space-y-3">
          <legend className="text-base font-semibold text-slate-900">{t(`groups.${group.key}`)}</legend>
          <p className="text-sm text-slate-600">{t(`groups.${group.key}Description`)}</p>
          <div className="grid gap-4 md:grid-cols-3">
            {group.fields.map((field) => (
              <TextField
                key={field}
                label={t(`fields.${field}`, { currency })}
                name={field}
                type="number"
                inputMode="decimal"
                step={"integer" in ECONOMICS[field] ? 1 : "any"}
                min={ECONOMICS[field].min}
                max={ECONOMICS[field].max}
                defaultValue={settings[field] ?? ""}
                placeholder={String(ECONOMICS[field].fallback)}
                hint={t(`fields.${field}Hint`, { value: ECONOMICS[field].fallback })}
                error={form.fieldErrors[field]}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-settings">
          {tc("save")}
        </SubmitButton>
      </div>
      {saved ? (
        <Notice tone="success" testId="settings-saved">
          {t("saved")}
        </Notice>
      ) : null}
    </PostForm>
  );
}
