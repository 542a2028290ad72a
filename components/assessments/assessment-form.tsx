"use client";

import { PostForm } from "@/components/forms/post-form";
import { useScriptGate } from "@/components/forms/submit-button";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { createAssessmentAction, finalizeAssessmentAction, saveAssessmentAction } from "@/lib/actions/assessments";
import { FormError } from "@/components/forms/form-error";
import { LeaveGuard, replaceUrlKeepingGuard } from "@/components/forms/leave-guard";
import { formValues } from "@/components/forms/form-values";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup } from "@/components/assessments/choice-group";
import { STEPS, stepOfField } from "@/components/assessments/steps";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/access/result";
import {
  ECONOMICS,
  INPUT_FIELDS,
  displayValues,
  type ChoiceField,
  type Economics,
  type InputField,
} from "@/lib/engine";
import { ECONOMICS_FIELDS, REQUIRED_FIELDS, type AssessmentDraftFields } from "@/lib/domain/assessments/schemas";

type Saved = { id: string; version: number };
type Mode = "draft" | "finalize";

const yesNo = (v: boolean | null) => (v === null ? null : v ? "yes" : "no");

/**
 * The guided assessment: one step per group of questions with plain-language help from the
 * seed article, a review, then "save as draft" (partial answers allowed) or "finalize" (every
 * answer required; the server runs the decision engine and stores the result). All steps stay in
 * one uncontrolled form, so moving between steps or failing a save never loses an answer.
 */
export function AssessmentForm({
  organizationId,
  saved: initialSaved,
  initial,
  pricing,
  currency,
  historyNote,
  notes = {},
}: {
  organizationId: string;
  saved: Saved | null;
  initial: AssessmentDraftFields;
  pricing: Economics;
  currency: string;
  /** Rendered on the server: what the interventions log says beside the history fields. */
  historyNote?: ReactNode;
  /** A note under a question, e.g. where its answer comes from (the security posture assessment). */
  notes?: Partial<Record<InputField, ReactNode>>;
}) {
  const t = useTranslations("assessments.form");
  const tc = useTranslations("common");
  const gate = useScriptGate();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [step, setStep] = useState(0);
  const [saved, setSaved] = useState<Saved | null>(initialSaved);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [last, setLast] = useState<"create" | "save" | "finalize">("save");
  const [savedNotice, setSavedNotice] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  /** Answers changed since the last save: leaving the page asks first (LeaveGuard). */
  const [dirty, setDirty] = useState(false);
  const focusField = useRef<string | null>(null);

  const create = useActionForm(createAssessmentAction);
  const save = useActionForm(saveAssessmentAction);
  const finalize = useActionForm(finalizeAssessmentAction);
  const current = last === "create" ? create : last === "finalize" ? finalize : save;
  const errors = current.fieldErrors;
  const pending = create.pending || save.pending || finalize.pending;
  const [busy, setBusy] = useState<Mode | null>(null);

  useEffect(() => {
    const name = focusField.current;
    if (!name || !formRef.current) return;
    focusField.current = null;
    formRef.current.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
  }, [step, errors]);

  function showErrors(result: ActionResult<unknown> | null) {
    if (!result || result.ok || !result.fieldErrors) return;
    const first = Object.keys(result.fieldErrors)[0];
    if (!first) return;
    focusField.current = first;
    setStep(stepOfField(first));
  }

  function computeMissing() {
    if (!formRef.current) return;
    const values = formValues(formRef.current);
    setMissing(
      REQUIRED_FIELDS.filter((f) => INPUT_FIELDS[f].kind !== "set" && (values[f] === undefined || values[f] === "")),
    );
  }

  function goTo(index: number) {
    if (index === STEPS.length - 1) computeMissing();
    setStep(index);
    requestAnimationFrame(() => document.getElementById(`step-${STEPS[index]!.key}-title`)?.focus());
  }

  async function persist(mode: Mode) {
    const form = formRef.current;
    if (!form || pending) return;
    setSavedNotice(false);
    setBusy(mode);
    try {
      const values = formValues(form);
      let target = saved;
      if (!target) {
        setLast("create");
        const created = await create.submit({ ...values, organizationId, idempotencyKey }, null);
        if (!created?.ok) return showErrors(created);
        target = { id: created.data.id, version: created.data.version };
        setSaved(target);
        setDirty(false);
        replaceUrlKeepingGuard(`/organizations/${organizationId}/assessments/${target.id}`);
        if (mode === "draft") {
          setSavedNotice(true);
          return;
        }
      } else if (mode === "draft") {
        setLast("save");
        const result = await save.submit({ ...values, id: target.id, expectedVersion: target.version }, null);
        if (!result?.ok) return showErrors(result);
        setSaved({ id: target.id, version: result.data.version });
        setDirty(false);
        setSavedNotice(true);
        return;
      }
      setLast("finalize");
      const result = await finalize.submit({ ...values, id: target.id, expectedVersion: target.version }, null);
      if (!result?.ok) return showErrors(result);
      setDirty(false);
      router.push(`/organizations/${organizationId}/assessments/${target.id}`);
      router.refresh();
    } finally {
      setBusy(null);
    }
  }

  const stepErrorCount = (index: number) =>
    Object.keys(errors).filter((k) => stepOfField(k) === index && index !== STEPS.length - 1).length;
  /** One question, drawn from the field's kind (lib/engine/fields.ts). */
  const question = (name: InputField) => {
    const def = INPUT_FIELDS[name];
    const optional = "optional" in def && def.optional === true;
    const help = t(`fields.${name}.help`);
    const note = notes[name];
    const hint = note ? (
      <>
        {help} {note}
      </>
    ) : (
      help
    );
    const common = { name, hint, error: errors[name] };
    const options = (values: readonly string[]) =>
      values.map((v) => ({
        value: v,
        label: t(`fields.${name}.options.${v}.label`),
        description: t(`fields.${name}.options.${v}.description`),
      }));
    switch (def.kind) {
      case "count":
        return (
          <TextField
            key={name}
            label={t(`fields.${name}.label`)}
            inputMode="numeric"
            defaultValue={(initial[name] as number | null) ?? ""}
            optional={optional}
            {...common}
          />
        );
      case "set":
        return (
          <ChoiceGroup
            key={name}
            legend={t(`fields.${name}.label`)}
            multiple
            columns={4}
            defaultValue={initial[name] as string[]}
            options={options(def.values)}
            {...common}
          />
        );
      case "choice":
        return (
          <ChoiceGroup
            key={name}
            legend={t(`fields.${name}.label`)}
            defaultValue={initial[name] as string | null}
            options={options(displayValues(name as ChoiceField))}
            {...common}
          />
        );
      case "flag":
        return (
          <ChoiceGroup
            key={name}
            legend={t(`fields.${name}.label`)}
            defaultValue={yesNo(initial[name] as boolean | null)}
            columns={2}
            options={[
              { value: "yes", label: tc("yes") },
              { value: "no", label: tc("no") },
            ]}
            {...common}
          />
        );
    }
  };
  const questions = (fields: readonly string[]) => {
    const asked = fields.filter((f): f is InputField => f in INPUT_FIELDS);
    const counts = asked.filter((f) => INPUT_FIELDS[f].kind === "count");
    return (
      <>
        {counts.length > 0 ? <div className="grid gap-4 md:grid-cols-2">{counts.map(question)}</div> : null}
        {asked.filter((f) => INPUT_FIELDS[f].kind !== "count").map(question)}
      </>
    );
  };
  const format = useFormatter();
  const money = (n: number) => format.number(n, { style: "currency", currency, maximumFractionDigits: 2 });

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label={t("stepsLabel")} className="no-print">
        <ol className="space-y-1">
          {STEPS.map((s, i) => {
            const n = stepErrorCount(i);
            return (
              <li key={s.key}>
                <button
                  type="button"
                  onClick={() => goTo(i)}
                  aria-current={i === step ? "step" : undefined}
                  className={cn(
                    "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm",
                    i === step ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100",
                  )}
                >
                  <span
                    className={cn(
                      "flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs",
                      i === step ? "bg-brand-700 text-white" : "bg-slate-200 text-slate-800",
                    )}
                    aria-hidden="true"
                  >
                    {i + 1}
                  </span>
                  <span className="flex-1">{t(`steps.${s.key}.title`)}</span>
                  {n > 0 ? (
                    <span className="rounded-full bg-red-100 px-1.5 text-xs font-medium text-red-800">
                      {t("stepErrors", { count: n })}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <PostForm
        ref={formRef}
        noValidate
        aria-label={t("formLabel")}
        className="min-w-0 space-y-4"
        onInput={() => setDirty(true)}
        onSubmit={(e) => {
          e.preventDefault();
          if (step < STEPS.length - 1) goTo(step + 1);
        }}
      >
        <LeaveGuard dirty={dirty} />
        <FormError
          message={current.formError}
          retryable={current.retryable}
          onRetry={() => void persist(last === "finalize" ? "finalize" : "draft")}
        />
        {savedNotice ? (
          <Notice tone="success" testId="draft-saved">
            {t("draftSaved")}
          </Notice>
        ) : null}

        {STEPS.map((s, i) => (
          <section
            key={s.key}
            hidden={i !== step}
            aria-labelledby={`step-${s.key}-title`}
            className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
            data-testid={`step-${s.key}`}
          >
            <header>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
                {t("stepOf", { step: i + 1, total: STEPS.length })}
              </p>
              <h2
                id={`step-${s.key}-title`}
                tabIndex={-1}
                className="mt-1 text-lg font-semibold text-slate-900 focus:outline-none"
              >
                {t(`steps.${s.key}.title`)}
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-slate-600">{t(`steps.${s.key}.intro`)}</p>
            </header>

            {questions(s.fields)}

            {s.key === "economics" ? (
              <div className="grid gap-4 md:grid-cols-2">
                {(["incidents", "hours"] as const).map((f) => (
                  <TextField
                    key={f}
                    label={t(`fields.incidentHistory.${f}.label`)}
                    name={`incidentHistory.${f}`}
                    inputMode="decimal"
                    optional
                    defaultValue={initial.incidentHistory?.[f] ?? ""}
                    hint={t(`fields.incidentHistory.${f}.help`)}
                    error={errors[`incidentHistory.${f}`]}
                  />
                ))}
                {historyNote ? <div className="md:col-span-2">{historyNote}</div> : null}
              </div>
            ) : null}

            {s.key === "economics" ? (
              <div className="grid gap-4 md:grid-cols-2">
                {ECONOMICS_FIELDS.map((f) => (
                  <TextField
                    key={f}
                    label={t(`fields.economics.${f}.label`)}
                    name={`economics.${f}`}
                    inputMode="decimal"
                    optional
                    defaultValue={initial.economics?.[f] ?? ""}
                    placeholder={t("economicsDefault", {
                      value:
                        ECONOMICS[f].unit === "money"
                          ? money(pricing[f] ?? ECONOMICS[f].fallback)
                          : format.number(pricing[f] ?? ECONOMICS[f].fallback),
                    })}
                    hint={t(`fields.economics.${f}.help`)}
                    error={errors[`economics.${f}`]}
                  />
                ))}
              </div>
            ) : null}

            {s.key === "review" ? (
              <div className="space-y-3" data-testid="review">
                {missing.length > 0 ? (
                  <Notice tone="warning">
                    <p className="font-medium">{t("review.missing", { count: missing.length })}</p>
                    <ul className="mt-2 list-disc space-y-1 pl-5">
                      {missing.map((f) => (
                        <li key={f}>
                          <button
                            type="button"
                            className="underline"
                            onClick={() => {
                              focusField.current = f;
                              goTo(stepOfField(f));
                            }}
                          >
                            {t(`fields.${f}.label`)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </Notice>
                ) : (
                  <Notice tone="info">{t("review.complete")}</Notice>
                )}
                <p className="text-sm text-slate-700">{t("review.explain")}</p>
              </div>
            ) : null}
          </section>
        ))}

        <div className="no-print flex flex-wrap items-center justify-between gap-3">
          <div className="flex gap-2">
            <Button variant="ghost" onClick={() => goTo(step - 1)} disabled={step === 0}>
              {tc("previous")}
            </Button>
            {step < STEPS.length - 1 ? (
              <>
                <Button
                  variant="secondary"
                  type="submit"
                  data-testid="next-step"
                  disabled={gate.waiting}
                  {...gate.buttonProps}
                >
                  {tc("next")}
                </Button>
                {gate.note}
              </>
            ) : null}
          </div>
          <div className="flex gap-2">
            <Button
              variant="secondary"
              onClick={() => void persist("draft")}
              disabled={pending}
              aria-busy={busy === "draft"}
              data-testid="save-draft"
            >
              {busy === "draft" ? <Spinner /> : null}
              {busy === "draft" ? tc("saving") : t("saveDraft")}
            </Button>
            {step === STEPS.length - 1 ? (
              <Button
                onClick={() => void persist("finalize")}
                disabled={pending}
                aria-busy={busy === "finalize"}
                data-testid="finalize"
              >
                {busy === "finalize" ? <Spinner /> : null}
                {busy === "finalize" ? t("finalizing") : t("finalize")}
              </Button>
            ) : null}
          </div>
        </div>
      </PostForm>
    </div>
  );
}
