"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/assessments/choice-group";
import { PostForm } from "@/components/forms/post-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useProgressiveForm } from "@/components/forms/use-progressive-form";
import { TextField } from "@/components/ui/field";
import { decideProposalAction, decideProposalFormAction } from "@/lib/actions/proposals";
import { LIMITS } from "@/lib/validation/limits";
import { PROPOSAL_DECISIONS } from "@/lib/vocabulary";

/**
 * A client approver approves or declines the proposal, signing with their full name. The
 * fingerprint the page showed travels with it: the server recomputes it from what is stored and
 * refuses a decision on anything else. Works without JavaScript; a refusal keeps what was typed.
 */
export function DecisionForm({
  id,
  version,
  snapshotSha256,
  signerName,
}: {
  id: string;
  version: number;
  snapshotSha256: string;
  signerName: string;
}) {
  const t = useTranslations("proposals.decisions");
  const router = useRouter();
  const form = useProgressiveForm(decideProposalAction, decideProposalFormAction, {
    onSuccess: () => router.refresh(),
  });
  return (
    <PostForm noValidate aria-label={t("formLabel")} className="space-y-4" {...form.formProps}>
      <FormError message={form.formError} retryable={form.retryable} onRetry={form.retry} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="snapshotSha256" value={snapshotSha256} />
      <ChoiceGroup
        legend={t("choice")}
        name="decision"
        defaultValue={form.values.decision ?? null}
        error={form.fieldErrors.decision}
        columns={2}
        options={PROPOSAL_DECISIONS.map((d) => ({
          value: d,
          label: d === "APPROVED" ? t("approve") : t("decline"),
          description: d === "APPROVED" ? t("approveHelp") : t("declineHelp"),
        }))}
      />
      <TextField
        label={t("signature")}
        name="signatureName"
        autoComplete="name"
        required
        maxLength={LIMITS.personName}
        defaultValue={form.values.signatureName}
        hint={t("signatureHint", { name: signerName })}
        error={form.fieldErrors.signatureName}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("submitting")} testId="sign-decision" worksWithoutScript>
        {t("submit")}
      </SubmitButton>
    </PostForm>
  );
}
