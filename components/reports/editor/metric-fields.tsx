"use client";

import { useTranslations } from "next-intl";
import { useImperativeHandle, useRef, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { LogProposal } from "@/components/reports/editor/log-proposal";
import { useRows } from "@/components/reports/editor/use-rows";
import type { ReportMetricsProposal } from "@/lib/interventions/report-metrics";
import {
  isNumericMetric,
  isWholeNumber,
  METRIC_KEYS,
  METRICS,
  type ReportMetrics,
  type TicketCategory,
} from "@/lib/reports/content";
import { defaultAsOf } from "@/lib/reports/figure-dates";
import type { ImportedMetrics } from "@/lib/reports/import-plan";
import type { FieldMessages } from "@/lib/access/result";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  metrics: ReportMetrics;
  period: string;
  /** "YYYY-MM-DD": no figure is dated later. */
  today: string;
  errors: FieldMessages;
  onRowsChange: () => void;
  /** What the interventions log proposes for the month (null: nothing logged); absent: no proposal shown. */
  logProposal?: ReportMetricsProposal | null;
  /** Lets the page fill the fields from elsewhere (a CSV file of the month's metrics). */
  filler?: Ref<MetricsFiller>;
};

/** Figures proposed to the editor: the metrics given (absent: left as they are), their source and as-of date. */
export type ProposedMetrics = {
  metrics: ImportedMetrics;
  source: string;
  asOf: string;
};
export type MetricsFiller = { fill: (proposal: ProposedMetrics) => void };

function setField(root: HTMLElement, name: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (input) input.value = value;
}

/**
 * The service metrics: value, source, as-of date each; an empty value is "no data", never zero.
 * A new figure is proposed "as of" the end of the month, or today if the month is not over.
 */
export function MetricFields({ metrics, period, today, errors, onRowsChange, logProposal, filler }: Props) {
  const t = useTranslations("reports");
  const asOfDefault = defaultAsOf(period, new Date(`${today}T00:00:00Z`));
  const root = useRef<HTMLDivElement>(null);
  const categories = useRows<TicketCategory>(metrics.ticketsByCategory?.value ?? []);

  /** Fills the fields of the metrics given, with their source and as-of date; the editor saves them (or not). */
  function fill({ metrics: figures, source, asOf }: ProposedMetrics) {
    const el = root.current;
    if (!el) return;
    for (const key of METRIC_KEYS) {
      const value = figures[key];
      if (value === undefined) continue;
      if (key === "ticketsByCategory") categories.replace(value as TicketCategory[]);
      else setField(el, `metrics.${key}.value`, String(value));
      setField(el, `metrics.${key}.source`, source);
      setField(el, `metrics.${key}.asOf`, asOf);
    }
    onRowsChange();
  }
  useImperativeHandle(filler, () => ({ fill }));

  /** The figures the interventions log can answer (lib/interventions/report-metrics.ts). */
  function fillFromLog(p: ReportMetricsProposal) {
    fill({
      metrics: {
        incidentsOpened: p.incidentsOpened,
        majorIncidents: p.majorIncidents,
        ticketsByCategory: p.ticketsByCategory,
      },
      source: t("editor.fromLog.source"),
      asOf: p.asOf,
    });
  }

  const UNIT = { percent: "editor.unitPercent", hours: "editor.unitHours", count: "editor.unitCount" } as const;
  return (
    <div className="space-y-4" ref={root}>
      {logProposal !== undefined ? <LogProposal proposal={logProposal} onUse={fillFromLog} /> : null}
      <div className="grid gap-4 xl:grid-cols-2">
        {METRIC_KEYS.filter(isNumericMetric).map((key) => {
          const m = metrics[key];
          const kind = METRICS[key].kind;
          return (
            <MetricFieldset key={key} legend={t(`metrics.${key}`)} name={`metrics.${key}`} errors={errors}>
              <TextField
                label={t("editor.value")}
                name={`metrics.${key}.value`}
                inputMode={isWholeNumber(key) ? "numeric" : "decimal"}
                autoComplete="off"
                defaultValue={m?.value ?? ""}
                hint={t(UNIT[kind])}
                error={errors[`metrics.${key}.value`]}
              />
              <TextField
                label={t("editor.source")}
                name={`metrics.${key}.source`}
                maxLength={LIMITS.metricSource}
                defaultValue={m?.source ?? ""}
                error={errors[`metrics.${key}.source`]}
              />
              <TextField
                type="date"
                max={today}
                label={t("editor.asOf")}
                name={`metrics.${key}.asOf`}
                defaultValue={m?.asOf ?? asOfDefault}
                error={errors[`metrics.${key}.asOf`]}
              />
            </MetricFieldset>
          );
        })}
        <MetricFieldset legend={t("metrics.lastRestoreTest")} name="metrics.lastRestoreTest" errors={errors}>
          <TextField
            type="date"
            max={today}
            label={t("editor.restoreDate")}
            name="metrics.lastRestoreTest.value"
            defaultValue={metrics.lastRestoreTest?.value ?? ""}
            error={errors["metrics.lastRestoreTest.value"]}
          />
          <TextField
            label={t("editor.source")}
            name="metrics.lastRestoreTest.source"
            maxLength={LIMITS.metricSource}
            defaultValue={metrics.lastRestoreTest?.source ?? ""}
            error={errors["metrics.lastRestoreTest.source"]}
          />
          <TextField
            type="date"
            max={today}
            label={t("editor.asOf")}
            name="metrics.lastRestoreTest.asOf"
            defaultValue={metrics.lastRestoreTest?.asOf ?? asOfDefault}
            error={errors["metrics.lastRestoreTest.asOf"]}
          />
        </MetricFieldset>
      </div>
      <TicketCategories
        rows={categories}
        metrics={metrics}
        defaultAsOf={asOfDefault}
        today={today}
        errors={errors}
        onRowsChange={onRowsChange}
      />
    </div>
  );
}

function MetricFieldset({
  legend,
  name,
  errors,
  children,
}: {
  legend: string;
  name: string;
  errors: FieldMessages;
  children: React.ReactNode;
}) {
  const invalid = Object.keys(errors).some((k) => k.startsWith(`${name}.`));
  return (
    <fieldset
      className={`rounded-md border p-4 ${invalid ? "border-red-300" : "border-slate-200"}`}
      data-metric-field={name}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-3">{children}</div>
    </fieldset>
  );
}

function TicketCategories({
  rows: { rows, add, remove, addButton },
  metrics,
  defaultAsOf,
  today,
  errors,
  onRowsChange,
}: {
  rows: ReturnType<typeof useRows<TicketCategory>>;
  metrics: ReportMetrics;
  defaultAsOf: string;
  today: string;
  errors: FieldMessages;
  onRowsChange: () => void;
}) {
  const t = useTranslations("reports");
  const m = metrics.ticketsByCategory;
  return (
    <fieldset className="rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{t("metrics.ticketsByCategory")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("editor.source")}
          name="metrics.ticketsByCategory.source"
          maxLength={LIMITS.metricSource}
          defaultValue={m?.source ?? ""}
          error={errors["metrics.ticketsByCategory.source"]}
        />
        <TextField
          type="date"
          max={today}
          label={t("editor.asOf")}
          name="metrics.ticketsByCategory.asOf"
          defaultValue={m?.asOf ?? defaultAsOf}
          error={errors["metrics.ticketsByCategory.asOf"]}
        />
      </div>
      {rows.length === 0 ? <p className="mt-3 text-sm text-slate-600">{t("editor.noCategories")}</p> : null}
      <ul className="mt-3 space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="grid items-end gap-3 sm:grid-cols-[1fr_10rem_auto]" data-row="ticket-category">
            <TextField
              label={t("editor.category", { n: i + 1 })}
              name={`metrics.ticketsByCategory.value.${i}.category`}
              maxLength={LIMITS.ticketCategory}
              defaultValue={row.value.category}
              error={errors[`metrics.ticketsByCategory.value.${i}.category`]}
            />
            <TextField
              label={t("editor.count")}
              name={`metrics.ticketsByCategory.value.${i}.count`}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={row.value.count ?? ""}
              error={errors[`metrics.ticketsByCategory.value.${i}.count`]}
            />
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("editor.removeCategory", { n: i + 1 })}
              onClick={() => {
                remove(row.key);
                onRowsChange();
              }}
            >
              {t("editor.remove")}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        ref={addButton}
        variant="secondary"
        size="sm"
        className="mt-3"
        disabled={rows.length >= 30}
        onClick={() => {
          add({ category: "", count: null });
          onRowsChange();
        }}
      >
        {t("editor.addCategory")}
      </Button>
    </fieldset>
  );
}
