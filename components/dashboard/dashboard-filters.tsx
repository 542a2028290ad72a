"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { type DashboardFilters, DEFAULT_FILTERS, UNASSIGNED } from "@/lib/domain/dashboard/filters";
import type { ManagerOption } from "@/lib/domain/dashboard/types";
import { DEFAULT_PRESET, PERIOD_PRESETS, resolvePeriod, type PeriodPreset } from "@/lib/stats/period";
import { type Lifecycle, LIFECYCLES } from "@/lib/vocabulary";

type Props = {
  filters: DashboardFilters;
  /** The months the current period covers (shown in the custom range inputs). */
  shownRange: { fromMonth: string; toMonth: string };
  managers: ManagerOption[];
  today: string;
  pending: boolean;
  onChange: (filters: DashboardFilters) => void;
  /**
   * "Last 12 months"… for each preset, translated by the page on the server: formatting them here
   * would parse an ICU message and build the browser's number formatting while the page hydrates.
   */
  presetLabels: Record<PeriodPreset, string>;
};

const MONTH_RE = /^\d{4}-\d{2}$/;

/** Period, account manager and lifecycle status. Each change applies at once (no page reload). */
export function DashboardFilters({ filters, shownRange, managers, today, pending, onChange, presetLabels }: Props) {
  const t = useTranslations("dashboard.filters");
  const tc = useTranslations("common");
  const td = useTranslations("dashboard");
  const id = useId();
  const [custom, setCustom] = useState(filters.period.kind === "range");
  const [from, setFrom] = useState(shownRange.fromMonth);
  const [to, setTo] = useState(shownRange.toMonth);
  const [rangeError, setRangeError] = useState(false);
  const thisMonth = today.slice(0, 7);

  const applyRange = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (!MONTH_RE.test(nextFrom) || !MONTH_RE.test(nextTo)) return setRangeError(true);
    const resolved = resolvePeriod({ kind: "range", from: nextFrom, to: nextTo }, today);
    setRangeError(!resolved.ok);
    if (resolved.ok) onChange({ ...filters, period: { kind: "range", from: nextFrom, to: nextTo } });
  };

  const isDefault =
    filters.period.kind === "preset" &&
    filters.period.months === DEFAULT_PRESET &&
    !filters.manager &&
    !filters.status &&
    !custom;

  return (
    <form
      method="get"
      data-search-form="dashboard"
      role="search"
      aria-label={t("label")}
      className="no-print mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-period`} className="block text-sm font-medium text-slate-800">
          {t("period")}
        </label>
        <select
          id={`${id}-period`}
          name="period"
          className={controlClass}
          value={custom ? "custom" : filters.period.kind === "preset" ? String(filters.period.months) : "custom"}
          aria-describedby={`${id}-period-hint`}
          onChange={(e) => {
            if (e.target.value === "custom") {
              // Start from the months on screen, so switching to a range changes nothing until edited.
              setCustom(true);
              applyRange(shownRange.fromMonth, shownRange.toMonth);
              return;
            }
            setCustom(false);
            setRangeError(false);
            onChange({ ...filters, period: { kind: "preset", months: Number(e.target.value) as PeriodPreset } });
          }}
        >
          {PERIOD_PRESETS.map((months) => (
            <option key={months} value={String(months)}>
              {presetLabels[months]}
            </option>
          ))}
          <option value="custom">{t("custom")}</option>
        </select>
      </div>
      {custom ? (
        <fieldset className="flex items-end gap-2">
          <legend className="sr-only">{t("custom")}</legend>
          <div className="space-y-1">
            <label htmlFor={`${id}-from`} className="block text-sm font-medium text-slate-800">
              {t("from")}
            </label>
            <input
              id={`${id}-from`}
              name="from"
              type="month"
              min="2000-01"
              max={thisMonth}
              value={from}
              aria-invalid={rangeError}
              aria-describedby={rangeError ? `${id}-range-error` : undefined}
              className={controlClass}
              onChange={(e) => applyRange(e.target.value, to)}
            />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-to`} className="block text-sm font-medium text-slate-800">
              {t("to")}
            </label>
            <input
              id={`${id}-to`}
              name="to"
              type="month"
              min="2000-01"
              max={thisMonth}
              value={to}
              aria-invalid={rangeError}
              aria-describedby={rangeError ? `${id}-range-error` : undefined}
              className={controlClass}
              onChange={(e) => applyRange(from, e.target.value)}
            />
          </div>
        </fieldset>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-manager`} className="block text-sm font-medium text-slate-800">
          {t("manager")}
        </label>
        <select
          id={`${id}-manager`}
          name="manager"
          data-testid="filter-manager"
          className={controlClass}
          value={filters.manager ?? ""}
          onChange={(e) => onChange({ ...filters, manager: e.target.value || null })}
        >
          <option value="">{t("allManagers")}</option>
          {managers.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.removed ? t("formerStaff", { name: m.name }) : m.name}
            </option>
          ))}
          <option value={UNASSIGNED}>{t("unassigned")}</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-status`} className="block text-sm font-medium text-slate-800">
          {t("status")}
        </label>
        <select
          id={`${id}-status`}
          name="status"
          data-testid="filter-status"
          className={controlClass}
          value={filters.status ?? ""}
          onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as Lifecycle | null })}
        >
          <option value="">{t("allStatuses")}</option>
          {LIFECYCLES.map((s) => (
            <option key={s} value={s}>
              {tc(`lifecycle.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <Button
        variant="ghost"
        disabled={isDefault}
        onClick={() => {
          setCustom(false);
          setRangeError(false);
          onChange(DEFAULT_FILTERS);
        }}
      >
        {t("clear")}
      </Button>
      <div className="flex min-h-10 items-center" aria-live="polite">
        {pending ? (
          <span className="inline-flex items-center gap-2 text-sm text-slate-600" data-testid="dashboard-updating">
            <Spinner />
            {td("updating")}
          </span>
        ) : null}
      </div>
      <p id={`${id}-period-hint`} className="basis-full text-xs text-slate-600">
        {t("rangeHint")}
      </p>
      {rangeError ? (
        <p id={`${id}-range-error`} className="basis-full text-sm font-medium text-red-700" role="alert">
          {t("rangeInvalid")}
        </p>
      ) : null}
    </form>
  );
}
