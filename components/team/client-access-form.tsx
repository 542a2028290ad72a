"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { SelectField } from "@/components/ui/field";
import { setClientAccessAction, setClientAccessFormAction } from "@/lib/actions/team";
import type { TeamMember } from "@/lib/domain/team/list-team";
import { CLIENT_ACCESS } from "@/lib/vocabulary";

/**
 * The owner sets a client user's level: reader, or approver (decides for their organization).
 * Always shown on the client's row and posted as a plain form, so it works before JavaScript.
 */
export function ClientAccessForm({ member }: { member: TeamMember }) {
  const t = useTranslations("team");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useProgressiveForm(setClientAccessAction, setClientAccessFormAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <PostForm
      noValidate
      className="mt-3 flex flex-wrap items-end gap-3"
      data-testid="client-access-form"
      {...form.formProps}
      onSubmit={(e) => {
        setSaved(false);
        form.formProps.onSubmit(e);
      }}
    >
      <input type="hidden" name="membershipId" value={member.membershipId} />
      <input type="hidden" name="expectedVersion" value={member.membershipVersion} />
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <SelectField
        label={t("access.label", { name: member.name })}
        name="access"
        key={member.clientAccess}
        defaultValue={form.values.access ?? member.clientAccess}
        options={CLIENT_ACCESS.map((a) => ({ value: a, label: t(`access.${a}`) }))}
        hint={t(`access.hint${member.clientAccess}`)}
        error={form.fieldErrors.access}
        className="max-w-xs"
      />
      <div className="flex items-center gap-3 pb-0.5">
        <SubmitButton
          pending={form.pending}
          pendingLabel={tc("saving")}
          variant="secondary"
          testId="save-client-access"
          worksWithoutScript
        >
          {t("access.submit")}
        </SubmitButton>
        {saved ? (
          <span role="status" className="text-sm text-emerald-800">
            {t("access.saved")}
          </span>
        ) : null}
      </div>
    </PostForm>
  );
}
