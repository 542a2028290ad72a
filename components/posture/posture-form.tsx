"use client";

import { PostForm } from "@/components/forms/post-form";
import { useScriptGate } from "@/components/forms/submit-button";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { formValues } from "@/components/forms/form-values";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAnswer, FormQuestion } from "@/components/posture/form-types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Spinner } from "@/components/ui/spinner";
import type { ActionResult } from "@/lib/access/result";
import { createPostureAction, finalizePostureAction, savePostureAction } from "@/lib/actions/posture";
import { ANSWER_LEVELS, CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";

type Saved = { id: string; version: number };
type Mode = "draft" | "finalize";
const STEPS = [...CSF_FUNCTIONS, "review"] as const;
type Step = (typeof STEPS)[number];

/** The question a field error belongs to ("answers.pr-backups.asOf" → "pr-backups"). */
const questionOf = (field: string) => (field.startsWith("answers.") ? (field.split(".")[1] ?? null) : null);

/**
 * The security-posture questionnaire: one section per NIST CSF 2.0 function, then a review.
 * Every question has a maturity level, an evidence note and an as-of date. All sections stay in
 * one uncontrolled form, so moving between them or a refused save never loses an answer; "save
 * draft" accepts partial answers, "finalize" needs them all and the server computes the scores.
 */
export function PostureForm({
  organizationId,
  saved: initialSaved,
  questions,
  initial,
  today,
}: {
  organizationId: string;
  saved: Saved | null;
  questions: FormQuestion[];
  initial: Record<string, FormAnswer>;
  today: string;
}) {
  const t = useTranslations("posture");
  const tc = useTranslations("common");
  const gate = useScriptGate();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [step, setStep] = useState(0);
  const [saved, setSaved] = useState<Saved | null>(initialSaved);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [last, setLast] = useState<"create" | "save" | "finalize">("save");
  const [savedNotice, setSavedNotice] = useState(false);
  const [answered, setAnswered] = useState<Set<string>>(
    () =>
      new Set(
        Object.entries(initial)
          .filter(([, a]) => a.level)
          .map(([id]) => id),
      ),
  );
  const focusField = useRef<string | null>(null);

  const create = useActionForm(createPostureAction);
  const save = useActionForm(savePostureAction);
  const finalize = useActionForm(finalizePostureAction);
  const current = last === "create" ? create : last === "finalize" ? finalize : save;
  const errors = current.fieldErrors;
  const pending = create.pending || save.pending || finalize.pending;
  const [busy, setBusy] = useState<Mode | null>(null);

  const fnOf = new Map(questions.map((q) => [q.id, q.function]));
  const stepOfQuestion = (id: string | null) => {
    const fn = id ? fnOf.get(id) : undefined;
    return fn ? STEPS.indexOf(fn) : STEPS.length - 1;
  };

  useEffect(() => {
    const name = focusField.current;
    if (!name || !formRef.current) return;
    focusField.current = null;
    formRef.current.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
  }, [step, errors]);

  function refreshAnswered() {
    if (!formRef.current) return;
    const values = formValues(formRef.current).answers as Record<string, { level?: string }> | undefined;
    setAnswered(
      new Set(
        Object.entries(values ?? {})
          .filter(([, a]) => a.level)
          .map(([id]) => id),
      ),
    );
  }

  function goTo(index: number) {
    setStep(index);
    requestAnimationFrame(() => document.getElementById(`posture-step-${STEPS[index]}-title`)?.focus());
  }

  function showErrors(result: ActionResult<unknown> | null) {
    if (!result || result.ok || !result.fieldErrors) return;
    const first = Object.keys(result.fieldErrors)[0];
    if (!first) return;
    focusField.current = first;
    setStep(stepOfQuestion(questionOf(first)));
  }

  async function persist(mode: Mode) {
    const form = formRef.current;
    if (!form || pending) return;
    setSavedNotice(false);
    setBusy(mode);
    try {
      const { answers = {} } = formValues(form) as { answers?: Record<string, unknown> };
      let target = saved;
      if (!target) {
        setLast("create");
        const created = await create.submit({ organizationId, idempotencyKey, answers }, null);
        if (!created?.ok) return showErrors(created);
        target = { id: created.data.id, version: created.data.version };
        setSaved(target);
        window.history.replaceState(null, "", `/organizations/${organizationId}/posture/${target.id}`);
        if (mode === "draft") {
          setSavedNotice(true);
          return;
        }
      } else if (mode === "draft") {
        setLast("save");
        const result = await save.submit({ id: target.id, expectedVersion: target.version, answers }, null);
        if (!result?.ok) return showErrors(result);
        setSaved({ id: target.id, version: result.data.version });
        setSavedNotice(true);
        return;
      }
      setLast("finalize");
      const result = await finalize.submit({ id: target.id, expectedVersion: target.version, answers }, null);
      if (!result?.ok) return showErrors(result);
      router.push(`/organizations/${organizationId}/posture/${target.id}`);
      router.refresh();
    } finally {
      setBusy(null);
    }
  }

  const errorCount = (fn: Step) =>
    Object.keys(errors).filter((k) => {
      const q = questionOf(k);
      return q !== null && fnOf.get(q) === fn;
    }).length;
  const byFunction = (fn: CsfFunction) => questions.filter((q) => q.function === fn);
  const missing = questions.filter((q) => !answered.has(q.id));

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr]">
      <nav aria-label={t("form.stepsLabel")} className="no-print">
        <ol className="space-y-1">
          {STEPS.map((s, i) => {
            const n = errorCount(s);
            const list = s === "review" ? [] : byFunction(s);
            return (
              <li key={s}>
                <button
                  type="button"
                  onClick={() => goTo(i)}
                  aria-current={i === step ? "step" : undefined}
                  data-testid={`posture-step-${s}`}
                  className={cn(
                    "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm",
                    i === step ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100",
                  )}
                >
                  <span className="flex-1">{s === "review" ? t("form.review.title") : t(`functions.${s}.name`)}</span>
                  {s !== "review" ? (
                    <span className="text-xs font-normal text-slate-600">
                      {t("form.answeredOf", {
                        answered: list.filter((q) => answered.has(q.id)).length,
                        total: list.length,
                      })}
                    </span>
                  ) : null}
                  {n > 0 ? (
                    <span className="rounded-full bg-red-100 px-1.5 text-xs font-medium text-red-800">
                      {t("form.stepErrors", { count: n })}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
        <p className="mt-3 px-3 text-xs text-slate-600" data-testid="posture-answered">
          {t("form.answered", { answered: answered.size, total: questions.length })}
        </p>
      </nav>

      <PostForm
        ref={formRef}
        noValidate
        aria-label={t("form.formLabel")}
        className="min-w-0 space-y-4"
        onChange={refreshAnswered}
        onSubmit={(e) => {
          e.preventDefault();
          if (step < STEPS.length - 1) goTo(step + 1);
        }}
      >
        <FormError
          message={current.formError}
          retryable={current.retryable}
          onRetry={() => void persist(last === "finalize" ? "finalize" : "draft")}
        />
        {savedNotice ? (
          <Notice tone="success" testId="draft-saved">
            {t("form.draftSaved")}
          </Notice>
        ) : null}

        {STEPS.map((s, i) => (
          <section
            key={s}
            hidden={i !== step}
            aria-labelledby={`posture-step-${s}-title`}
            className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
            data-testid={`posture-section-${s}`}
          >
            <header>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
                {t("form.stepOf", { step: i + 1, total: STEPS.length })}
              </p>
              <h2
                id={`posture-step-${s}-title`}
                tabIndex={-1}
                className="mt-1 text-lg font-semibold text-slate-900 focus:outline-none"
              >
                {s === "review" ? t("form.review.title") : t(`functions.${s}.name`)}
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-slate-600">
                {s === "review" ? t("form.review.intro") : t(`functions.${s}.intro`)}
              </p>
              {s !== "review" ? <p className="mt-2 max-w-3xl text-xs text-slate-600">{t("form.fieldsHint")}</p> : null}
            </header>

            {s === "review" ? (
              <div className="space-y-3" data-testid="posture-review">
                {missing.length > 0 ? (
                  <Notice tone="warning">
                    <p className="font-medium">{t("form.review.missing", { count: missing.length })}</p>
                    <ul className="mt-2 list-disc space-y-1 pl-5">
                      {missing.map((q) => (
                        <li key={q.id}>
                          <button
                            type="button"
                            className="text-left underline"
                            onClick={() => {
                              focusField.current = `answers.${q.id}.level`;
                              goTo(stepOfQuestion(q.id));
                            }}
                          >
                            {q.question}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </Notice>
                ) : (
                  <Notice tone="info">{t("form.review.complete")}</Notice>
                )}
                <p className="text-sm text-slate-700">{t("form.review.explain")}</p>
              </div>
            ) : (
              byFunction(s).map((q) => (
                <QuestionFields key={q.id} question={q} initial={initial[q.id]} errors={errors} today={today} />
              ))
            )}
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
              {busy === "draft" ? tc("saving") : t("form.saveDraft")}
            </Button>
            {step === STEPS.length - 1 ? (
              <Button
                onClick={() => void persist("finalize")}
                disabled={pending}
                aria-busy={busy === "finalize"}
                data-testid="finalize"
              >
                {busy === "finalize" ? <Spinner /> : null}
                {busy === "finalize" ? tc("saving") : t("form.finalize")}
              </Button>
            ) : null}
          </div>
        </div>
      </PostForm>
    </div>
  );
}

/** One question: its maturity level (radio buttons), evidence and as-of date, each with its own error. */
function QuestionFields({
  question: q,
  initial,
  errors,
  today,
}: {
  question: FormQuestion;
  initial: FormAnswer | undefined;
  errors: Record<string, string>;
  today: string;
}) {
  const t = useTranslations("posture");
  const name = (field: keyof FormAnswer) => `answers.${q.id}.${field}`;
  const levelError = errors[name("level")];
  const titleId = `q-${q.id}-title`;
  const errorId = `q-${q.id}-level-error`;
  return (
    <div className="border-t border-slate-200 pt-4" data-testid={`question-${q.id}`}>
      <fieldset className="space-y-3">
        <legend id={titleId} className="text-sm font-semibold text-slate-900">
          {q.question}
        </legend>
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <Badge tone={q.weight === 3 ? "brand" : "neutral"}>{t(`weight.${q.weight}`)}</Badge>
          <span>
            {q.anssi.length
              ? t("references", { csf: q.csf.join(", "), anssi: q.anssi.join(", ") })
              : t("referencesNoAnssi", { csf: q.csf.join(", ") })}
          </span>
        </div>
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer text-brand-800 underline">{t("form.whyItMatters")}</summary>
          <p className="mt-1 max-w-3xl">{q.help}</p>
        </details>
        <div
          role="radiogroup"
          aria-labelledby={titleId}
          aria-invalid={!!levelError}
          aria-describedby={levelError ? errorId : undefined}
          className="grid gap-2 sm:grid-cols-3 xl:grid-cols-5"
        >
          {ANSWER_LEVELS.map((level) => {
            const id = `q-${q.id}-${level}`;
            return (
              <label
                key={level}
                htmlFor={id}
                title={t(`levels.${level}.description`)}
                className={cn(
                  "flex cursor-pointer items-center gap-2 rounded-md border bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
                  levelError ? "border-red-600" : "border-slate-300",
                )}
              >
                <input
                  id={id}
                  type="radio"
                  name={name("level")}
                  value={level}
                  defaultChecked={initial?.level === level}
                  className="h-4 w-4 shrink-0 focus-visible:outline-none"
                />
                <span className="font-medium text-slate-900">{t(`levels.${level}.label`)}</span>
              </label>
            );
          })}
        </div>
        {levelError ? (
          <p id={errorId} className="text-sm font-medium text-red-700" data-field-error={name("level")}>
            {levelError}
          </p>
        ) : null}
        <div className="grid gap-3 md:grid-cols-[1fr_12rem]">
          <TextAreaField
            label={t("form.evidence")}
            name={name("evidence")}
            rows={2}
            className="[&_textarea]:min-h-0"
            defaultValue={initial?.evidence ?? ""}
            error={errors[name("evidence")]}
            maxLength={2000}
          />
          <TextField
            label={t("form.asOf")}
            name={name("asOf")}
            type="date"
            max={today}
            defaultValue={initial?.asOf ?? ""}
            error={errors[name("asOf")]}
          />
        </div>
      </fieldset>
    </div>
  );
}
