"use client";

import { PostForm } from "@/components/forms/post-form";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { CostChart } from "@/components/assessments/result/cost-chart";
import { CostSummary } from "@/components/assessments/result/cost-summary";
import { RecommendationCard } from "@/components/assessments/result/recommendation-card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import {
  CHOICE_FIELDS,
  COUNT_FIELDS,
  ENGINE_VERSION,
  FLAG_FIELDS,
  INPUT_FIELD_NAMES,
  INPUT_FIELDS,
  SET_FIELDS,
  displayValues,
  decide,
  setValues,
  validateAssessmentInput,
  type AssessmentInput,
  type ChoiceField,
  type CountField,
  type Economics,
  type FlagField,
  type ServiceModel,
  type SetField,
} from "@/lib/engine";
import { ECONOMICS_FIELDS } from "@/lib/domain/assessments/schemas";
import { useEngineText } from "@/components/assessments/use-engine-text";
import { whatIfIssue } from "@/lib/i18n/what-if-issue";

/** The answers as the controls hold them, by the kind of each field (lib/engine/fields.ts). */
type Raw = {
  counts: Record<CountField, string>;
  sets: Record<SetField, string[]>;
  choices: Record<ChoiceField, string>;
  flags: Record<FlagField, boolean>;
  economics: Record<string, string>;
  /** The stored history, carried as it is (the what-if changes answers and prices, not the past). */
  history: AssessmentInput["incidentHistory"];
};

const isOptional = (f: (typeof INPUT_FIELD_NAMES)[number]) => "optional" in INPUT_FIELDS[f];

const pick = <F extends string, V>(fields: readonly F[], value: (f: F) => V) =>
  Object.fromEntries(fields.map((f) => [f, value(f)])) as Record<F, V>;

function rawOf(input: AssessmentInput): Raw {
  return {
    counts: pick(COUNT_FIELDS, (f) => (input[f] === undefined ? "" : String(input[f]))),
    sets: pick(SET_FIELDS, (f) => [...input[f]]),
    choices: pick(CHOICE_FIELDS, (f): string => input[f] ?? ""),
    flags: pick(FLAG_FIELDS, (f) => input[f] ?? false),
    history: input.incidentHistory,
    economics: Object.fromEntries(
      ECONOMICS_FIELDS.map((f) => [f, input.economics?.[f] !== undefined ? String(input.economics[f]) : ""]),
    ),
  };
}

const toNumber = (s: string) =>
  /^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : s.trim() === "" ? undefined : Number.NaN;

/** The engine input the controls describe, in the engine's field order. */
function candidateOf(raw: Raw): Record<string, unknown> {
  const economics = Object.fromEntries(
    Object.entries(raw.economics)
      .map(([k, v]) => [k, toNumber(v)] as const)
      .filter(([, v]) => v !== undefined),
  );
  const value = (f: (typeof INPUT_FIELD_NAMES)[number]): unknown => {
    switch (INPUT_FIELDS[f].kind) {
      case "count":
        return toNumber(raw.counts[f as CountField]) ?? (isOptional(f) ? undefined : Number.NaN);
      case "set":
        return setValues(f as SetField).filter((v) => raw.sets[f as SetField].includes(v));
      case "choice":
        return raw.choices[f as ChoiceField] || undefined;
      case "flag":
        return raw.flags[f as FlagField];
    }
  };
  return {
    ...Object.fromEntries(INPUT_FIELD_NAMES.map((f) => [f, value(f)]).filter(([, v]) => v !== undefined)),
    ...(raw.history ? { incidentHistory: raw.history } : {}),
    ...(Object.keys(economics).length ? { economics } : {}),
  };
}

/**
 * What-if: change any answer and see the recommendation and the costs move, computed in the
 * browser by the same engine module the server finalizes with (lib/engine), never saved. It starts
 * from the stored answers and the pricing the stored result used, so with nothing changed it
 * reproduces the stored result (same engine version).
 */
export function WhatIf({
  input,
  defaults,
  stored,
  currency,
}: {
  input: AssessmentInput;
  defaults: Partial<Economics>;
  stored: { recommendation: ServiceModel; engineVersion: string; total: number | null };
  currency: string;
}) {
  const t = useTranslations("assessments.whatIf");
  const tf = useTranslations("assessments.form.fields");
  const tc = useTranslations("common");
  const tv = useTranslations("validation");
  // Beside a field, the form catalog's sentence (lib/i18n/what-if-issue.ts), not the engine's wording.
  const sayIssue = (issue: Parameters<typeof whatIfIssue>[0]) => {
    const ref = whatIfIssue(issue);
    return tv(ref.key.slice("validation.".length), ref.params);
  };
  const format = useFormatter();
  const say = useEngineText();
  const [raw, setRaw] = useState<Raw>(() => rawOf(input));
  // The last answers the engine accepted: while a field is being corrected, their result stays (marked out of date).
  const [lastValid, setLastValid] = useState<AssessmentInput>(input);
  const checked = useMemo(() => validateAssessmentInput(candidateOf(raw)), [raw]);
  const shown = useMemo(() => decide(lastValid, { defaults }), [lastValid, defaults]);
  const issues = new Map(checked.ok ? [] : checked.issues.map((i) => [i.path.replace(/\[\d+\]$/, ""), i.message]));
  const changed = JSON.stringify(candidateOf(raw)) !== JSON.stringify(candidateOf(rawOf(input)));

  const update = (next: Raw) => {
    setRaw(next);
    const check = validateAssessmentInput(candidateOf(next));
    if (check.ok) setLastValid(check.input);
  };
  const set = (patch: Partial<Raw>) => update({ ...raw, ...patch });
  const issue = (path: string) =>
    issues.get(path) ? (
      <p className="text-xs font-medium text-red-700" id={`whatif-${path}-error`}>
        {sayIssue(issues.get(path)!)}
      </p>
    ) : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]" data-testid="what-if">
      <PostForm className="space-y-4" aria-label={t("formLabel")} onSubmit={(e) => e.preventDefault()}>
        <div className="grid grid-cols-2 gap-3">
          {COUNT_FIELDS.map((c) => (
            <div key={c} className="space-y-1">
              <label htmlFor={`whatif-${c}`} className="block text-xs font-medium text-slate-800">
                {tf(`${c}.label`)}
              </label>
              <input
                id={`whatif-${c}`}
                inputMode="numeric"
                className={controlClass}
                value={raw.counts[c]}
                aria-invalid={issues.has(c)}
                aria-describedby={issues.has(c) ? `whatif-${c}-error` : undefined}
                onChange={(e) => set({ counts: { ...raw.counts, [c]: e.target.value } })}
              />
              {issue(c)}
            </div>
          ))}
        </div>
        {SET_FIELDS.map((name) => (
          <fieldset key={name} className="space-y-1">
            <legend className="text-xs font-medium text-slate-800">{tf(`${name}.label`)}</legend>
            <div className="grid grid-cols-2 gap-1">
              {setValues(name).map((c) => (
                <label key={c} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={raw.sets[name].includes(c)}
                    onChange={(e) =>
                      set({
                        sets: {
                          ...raw.sets,
                          [name]: e.target.checked ? [...raw.sets[name], c] : raw.sets[name].filter((x) => x !== c),
                        },
                      })
                    }
                  />
                  {tf(`${name}.options.${c}.label`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {CHOICE_FIELDS.map((name) => (
          <div key={name} className="space-y-1">
            <label htmlFor={`whatif-${name}`} className="block text-xs font-medium text-slate-800">
              {tf(`${name}.label`)}
            </label>
            <select
              id={`whatif-${name}`}
              className={controlClass}
              value={raw.choices[name]}
              onChange={(e) => set({ choices: { ...raw.choices, [name]: e.target.value } })}
            >
              {isOptional(name) ? <option value="">{t("notAssessed")}</option> : null}
              {displayValues(name).map((v) => (
                <option key={v} value={v}>
                  {tf(`${name}.options.${v}.label`)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="space-y-1">
          {FLAG_FIELDS.map((name) => (
            <label key={name} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                checked={raw.flags[name]}
                onChange={(e) => set({ flags: { ...raw.flags, [name]: e.target.checked } })}
              />
              {tf(`${name}.label`)}
            </label>
          ))}
        </div>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("economics")}</summary>
          <div className="mt-3 grid grid-cols-2 gap-3">
            {ECONOMICS_FIELDS.map((f) => (
              <div key={f} className="space-y-1">
                <label htmlFor={`whatif-economics-${f}`} className="block text-xs font-medium text-slate-800">
                  {tf(`economics.${f}.label`)}
                </label>
                <input
                  id={`whatif-economics-${f}`}
                  inputMode="decimal"
                  className={controlClass}
                  value={raw.economics[f] ?? ""}
                  placeholder={defaults[f] !== undefined ? String(defaults[f]) : t("engineDefault")}
                  onChange={(e) => set({ economics: { ...raw.economics, [f]: e.target.value } })}
                />
                {issue(`economics.${f}`)}
              </div>
            ))}
          </div>
        </details>
        <Button variant="secondary" size="sm" onClick={() => update(rawOf(input))} disabled={!changed}>
          {t("reset")}
        </Button>
      </PostForm>

      <div className="min-w-0 space-y-5" aria-live="polite">
        {!checked.ok ? (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("invalid")}
          </p>
        ) : null}
        {
          // Out of date while a field is invalid: said by the notice above, a badge and a dashed amber frame,
          // never by fading (faded text falls below WCAG AA contrast).
          <div
            data-testid="what-if-result"
            data-stale={checked.ok ? undefined : "true"}
            className={cn("space-y-5", !checked.ok && "rounded-md border-2 border-dashed border-amber-600 p-3")}
          >
            <div className="flex flex-wrap items-center gap-2">
              {!checked.ok ? <Badge tone="warning">{t("stale")}</Badge> : null}
              {!changed ? (
                <Badge tone="neutral">{t("unchanged")}</Badge>
              ) : shown.recommendation !== stored.recommendation ? (
                <Badge tone="warning">{t("differs", { stored: tc(`serviceModel.${stored.recommendation}`) })}</Badge>
              ) : (
                <Badge tone="info">{t("same")}</Badge>
              )}
              {stored.engineVersion !== ENGINE_VERSION ? (
                <Badge tone="neutral">{t("engineVersion", { version: ENGINE_VERSION })}</Badge>
              ) : null}
            </div>
            <RecommendationCard result={shown} testId="what-if-recommendation" />
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
              {shown.reasons.slice(0, 3).map((r, i) => (
                <li key={i}>{say(r)}</li>
              ))}
            </ul>
            <CostChart costs={shown.costs} currency={currency} testId="what-if-cost-chart" />
            <CostSummary
              costs={shown.costs}
              currency={currency}
              recommendation={shown.recommendation}
              showNotes={false}
            />
            {stored.total !== null ? (
              <p className="text-xs text-slate-600">
                {t("totalVsStored", {
                  whatIf: format.number(shown.costs[shown.recommendation].total, {
                    style: "currency",
                    currency,
                    maximumFractionDigits: 0,
                  }),
                  stored: format.number(stored.total, { style: "currency", currency, maximumFractionDigits: 0 }),
                })}
              </p>
            ) : null}
          </div>
        }
      </div>
    </div>
  );
}
