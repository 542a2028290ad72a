"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { PostForm } from "@/components/forms/post-form";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateBrandAction } from "@/lib/actions/brand";
import { LOGO_MAX_BYTES, LOGO_TYPES, type LogoType } from "@/lib/brand/logo-limits";
import { LIMITS } from "@/lib/validation/limits";

export type BrandFormValues = {
  displayName: string | null;
  primaryColor: string | null;
  supportEmail: string | null;
  supportPhone: string | null;
  /** The logo route's address of the stored logo, or null. */
  logoSrc: string | null;
  version: number;
};

const KB = Math.round(LOGO_MAX_BYTES / 1024);

/** The browser's type for a chosen file, or one inferred from its extension (some systems give none). */
function logoType(file: File): LogoType | null {
  if ((LOGO_TYPES as readonly string[]).includes(file.type)) return file.type as LogoType;
  if (file.type) return null;
  if (/\.png$/i.test(file.name)) return "image/png";
  if (/\.svg$/i.test(file.name)) return "image/svg+xml";
  return null;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The MSP's brand as its clients see it: name, logo, colour, support contact. Checked on the server
 * (the colour's contrast, the logo's contents): errors come back next to each field, and what was
 * typed or chosen stays in the form.
 */
export function BrandForm({ brand, tenantName }: { brand: BrandFormValues; tenantName: string }) {
  const t = useTranslations("settings.brand");
  const tc = useTranslations("common");
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState(false);
  const [logo, setLogo] = useState<{ type: LogoType; data: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [color, setColor] = useState(brand.primaryColor ?? "");
  const form = useActionForm(updateBrandAction, {
    onSuccess: () => {
      setSaved(true);
      setLogo(null);
      if (fileInput.current) fileInput.current.value = "";
      router.refresh();
    },
  });
  /** Reads the chosen file into the form's state (base64), refusing the wrong type or size at once. */
  const pick = async (file: File | null) => {
    setLogo(null);
    setFileError(null);
    if (!file) return;
    const type = logoType(file);
    if (!type) return setFileError(t("errors.logoType"));
    if (file.size > LOGO_MAX_BYTES) return setFileError(t("errors.logoTooLarge", { max: KB }));
    try {
      setLogo({ type, data: await readBase64(file) });
    } catch {
      setFileError(t("errors.logoUnreadable"));
    }
  };
  const swatch = /^#[0-9a-fA-F]{6}$/.test(color.trim()) ? color.trim() : null;
  return (
    <PostForm
      noValidate
      className="space-y-6"
      data-testid="brand-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        if (fileError) return;
        void form.submit(
          { ...formValues(e.currentTarget), ...(logo ? { logo } : {}), expectedVersion: brand.version },
          e.currentTarget,
        );
      }}
    >
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("displayName")}
          name="displayName"
          defaultValue={brand.displayName ?? ""}
          maxLength={LIMITS.tenantName}
          hint={t("displayNameHint", { tenant: tenantName })}
          optional
          error={form.fieldErrors.displayName}
        />
        <div className="flex items-end gap-3">
          <TextField
            label={t("primaryColor")}
            name="primaryColor"
            value={color}
            onChange={(e) => setColor(e.currentTarget.value)}
            placeholder="#1d4ed8"
            maxLength={7}
            autoComplete="off"
            spellCheck={false}
            hint={t("primaryColorHint")}
            optional
            error={form.fieldErrors.primaryColor}
            className="flex-1"
          />
          <span
            aria-hidden="true"
            data-testid="color-swatch"
            className="mb-7 h-9 w-9 shrink-0 rounded-md border border-slate-300"
            style={swatch ? { backgroundColor: swatch } : undefined}
          />
        </div>
        <TextField
          label={t("supportEmail")}
          name="supportEmail"
          type="email"
          autoComplete="off"
          defaultValue={brand.supportEmail ?? ""}
          hint={t("supportEmailHint")}
          optional
          error={form.fieldErrors.supportEmail}
        />
        <TextField
          label={t("supportPhone")}
          name="supportPhone"
          type="tel"
          autoComplete="off"
          defaultValue={brand.supportPhone ?? ""}
          maxLength={LIMITS.phone}
          hint={t("supportPhoneHint")}
          optional
          error={form.fieldErrors.supportPhone}
        />
      </div>
      <div className="space-y-3">
        {brand.logoSrc ? (
          <div className="flex items-center gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- the tenant's own logo route */}
            <img
              src={brand.logoSrc}
              alt={t("currentLogo")}
              className="h-12 w-auto max-w-60 rounded border border-slate-200 bg-white object-contain p-1"
              data-testid="current-logo"
            />
          </div>
        ) : null}
        <TextField
          ref={fileInput}
          label={brand.logoSrc ? t("replaceLogo") : t("logo")}
          name="logo"
          type="file"
          accept={LOGO_TYPES.join(",")}
          data-ignore=""
          className="max-w-md"
          hint={t("logoHint", { max: KB })}
          optional
          error={fileError ?? form.fieldErrors.logo ?? form.fieldErrors["logo.data"] ?? form.fieldErrors["logo.type"]}
          onChange={(e) => void pick(e.currentTarget.files?.[0] ?? null)}
        />
        {brand.logoSrc ? <CheckboxField label={t("removeLogo")} name="removeLogo" /> : null}
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} pendingLabel={tc("saving")} testId="save-brand">
          {tc("save")}
        </SubmitButton>
      </div>
      {saved ? (
        <Notice tone="success" testId="brand-saved">
          {t("saved")}
        </Notice>
      ) : null}
    </PostForm>
  );
}
