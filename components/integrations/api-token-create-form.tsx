"use client";

import { useTranslations } from "next-intl";
import { SecretCreateForm } from "@/components/integrations/secret-create-form";
import { SelectField, TextField } from "@/components/ui/field";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { API_TOKEN_ACCESS } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

/** The owner creates an API token; its secret is shown once, below the form. */
export function ApiTokenCreateForm() {
  const t = useTranslations("integrations");
  return (
    <SecretCreateForm
      action={createApiTokenAction}
      testId={{ form: "api-token-create-form", submit: "add-api-token", secret: "api-token-secret" }}
      text={{
        submit: t("tokens.add.submit"),
        submitting: t("tokens.add.submitting"),
        secretHeading: t("tokens.secret.heading"),
        replayed: t("tokens.secret.replayed"),
      }}
      fields={(errors) => (
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            label={t("tokens.add.name")}
            name="name"
            maxLength={LIMITS.apiTokenName}
            autoComplete="off"
            hint={t("tokens.add.nameHint")}
            error={errors.name}
          />
          <SelectField
            label={t("tokens.add.access")}
            name="access"
            defaultValue="READ"
            options={API_TOKEN_ACCESS.map((value) => ({ value, label: t(`tokens.access.${value}`) }))}
            hint={t("tokens.add.accessHint")}
            error={errors.access}
          />
          <TextField
            label={t("tokens.add.expiresOn")}
            name="expiresOn"
            type="date"
            optional
            hint={t("tokens.add.expiresOnHint")}
            error={errors.expiresOn}
          />
        </div>
      )}
    />
  );
}
