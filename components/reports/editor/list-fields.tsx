"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useRows } from "@/components/reports/editor/use-rows";
import {
  BUDGET_KINDS,
  PRIORITIES,
  ROADMAP_STATUSES,
  type BudgetLine,
  type ReportRecommendation,
  type RoadmapItem,
} from "@/lib/reports/content";
import { quarterParams } from "@/lib/reports/format";
import { newItemId } from "@/lib/reports/item-id";
import type { FieldMessages } from "@/lib/access/result";
import { LIMITS } from "@/lib/validation/limits";

type Common = { errors: FieldMessages; onRowsChange: () => void };

function RowShell({
  title,
  onRemove,
  removeLabel,
  children,
  testId,
}: {
  title: string;
  onRemove: () => void;
  removeLabel: string;
  children: ReactNode;
  testId: string;
}) {
  const t = useTranslations("reports.editor");
  return (
    <li className="rounded-md border border-slate-200 p-4" data-row={testId}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <Button variant="ghost" size="sm" aria-label={removeLabel} onClick={onRemove}>
          {t("remove")}
        </Button>
      </div>
      {children}
    </li>
  );
}

function AddButton({
  children,
  onClick,
  disabled,
  buttonRef,
}: {
  children: ReactNode;
  onClick: () => void;
  disabled: boolean;
  buttonRef: React.RefObject<HTMLButtonElement | null>;
}) {
  return (
    <Button ref={buttonRef} variant="secondary" size="sm" className="mt-3" onClick={onClick} disabled={disabled}>
      {children}
    </Button>
  );
}

export function RecommendationFields({ items, errors, onRowsChange }: Common & { items: ReportRecommendation[] }) {
  const t = useTranslations("reports");
  const { rows, add, remove, addButton } = useRows(items);
  const priorities = PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }));
  return (
    <div>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("editor.noRecommendations")}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const n = `recommendations.${i}`;
          return (
            <RowShell
              key={row.key}
              testId="recommendation"
              title={t("editor.recommendationN", { n: i + 1 })}
              removeLabel={t("editor.removeRecommendation", { n: i + 1 })}
              onRemove={() => {
                remove(row.key);
                onRowsChange();
              }}
            >
              <input type="hidden" name={`${n}.id`} value={row.value.id ?? ""} />
              <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
                <TextField
                  label={t("editor.itemTitle")}
                  name={`${n}.title`}
                  maxLength={LIMITS.itemTitle}
                  defaultValue={row.value.title}
                  error={errors[`${n}.title`]}
                />
                <SelectField
                  label={t("editor.priority")}
                  name={`${n}.priority`}
                  defaultValue={row.value.priority}
                  options={priorities}
                  error={errors[`${n}.priority`]}
                />
              </div>
              <TextAreaField
                className="mt-3"
                label={t("editor.detail")}
                optional
                name={`${n}.detail`}
                maxLength={LIMITS.mediumText}
                rows={2}
                defaultValue={row.value.detail ?? ""}
                error={errors[`${n}.detail`]}
              />
            </RowShell>
          );
        })}
      </ol>
      <AddButton
        buttonRef={addButton}
        disabled={rows.length >= 30}
        onClick={() => {
          add({ id: newItemId(), title: "", detail: null, priority: "medium" });
          onRowsChange();
        }}
      >
        {t("editor.addRecommendation")}
      </AddButton>
    </div>
  );
}

export function RoadmapFields({
  items,
  quarters,
  defaultQuarter,
  errors,
  onRowsChange,
}: Common & { items: RoadmapItem[]; quarters: string[]; defaultQuarter: string }) {
  const t = useTranslations("reports");
  const { rows, add, remove, addButton } = useRows(items);
  const statuses = ROADMAP_STATUSES.map((s) => ({ value: s, label: t(`roadmapStatus.${s}`) }));
  const quarterOptions = quarters.map((q) => ({ value: q, label: t("quarter", quarterParams(q)) }));
  return (
    <div>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("editor.noRoadmap")}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const n = `roadmap.${i}`;
          return (
            <RowShell
              key={row.key}
              testId="roadmap-item"
              title={t("editor.roadmapN", { n: i + 1 })}
              removeLabel={t("editor.removeRoadmap", { n: i + 1 })}
              onRemove={() => {
                remove(row.key);
                onRowsChange();
              }}
            >
              <input type="hidden" name={`${n}.id`} value={row.value.id ?? ""} />
              <div className="grid gap-3 sm:grid-cols-[1fr_12rem_10rem]">
                <TextField
                  label={t("editor.itemTitle")}
                  name={`${n}.title`}
                  maxLength={LIMITS.itemTitle}
                  defaultValue={row.value.title}
                  error={errors[`${n}.title`]}
                />
                <SelectField
                  label={t("roadmap.status")}
                  name={`${n}.status`}
                  defaultValue={row.value.status}
                  options={statuses}
                  error={errors[`${n}.status`]}
                />
                <SelectField
                  label={t("roadmap.targetQuarter")}
                  name={`${n}.targetQuarter`}
                  defaultValue={row.value.targetQuarter}
                  options={quarterOptions}
                  error={errors[`${n}.targetQuarter`]}
                />
              </div>
            </RowShell>
          );
        })}
      </ol>
      <AddButton
        buttonRef={addButton}
        disabled={rows.length >= 50}
        onClick={() => {
          add({ id: newItemId(), title: "", status: "planned", targetQuarter: defaultQuarter });
          onRowsChange();
        }}
      >
        {t("editor.addRoadmap")}
      </AddButton>
    </div>
  );
}

export function BudgetFields({
  lines,
  currency,
  errors,
  onRowsChange,
}: Common & { lines: BudgetLine[]; currency: string }) {
  const t = useTranslations("reports");
  const { rows, add, remove, addButton } = useRows(lines);
  const kinds = BUDGET_KINDS.map((k) => ({ value: k, label: t(`budgetKind.${k}`) }));
  return (
    <div>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("editor.noBudget")}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const n = `budget.${i}`;
          return (
            <RowShell
              key={row.key}
              testId="budget-line"
              title={t("editor.budgetN", { n: i + 1 })}
              removeLabel={t("editor.removeBudget", { n: i + 1 })}
              onRemove={() => {
                remove(row.key);
                onRowsChange();
              }}
            >
              <div className="grid gap-3 sm:grid-cols-[1fr_17rem_10rem]">
                <TextField
                  label={t("budget.label")}
                  name={`${n}.label`}
                  maxLength={LIMITS.budgetLabel}
                  defaultValue={row.value.label}
                  error={errors[`${n}.label`]}
                />
                <SelectField
                  label={t("budget.kind")}
                  name={`${n}.kind`}
                  defaultValue={row.value.kind}
                  options={kinds}
                  error={errors[`${n}.kind`]}
                />
                <TextField
                  label={t("editor.amount", { currency })}
                  name={`${n}.amount`}
                  inputMode="decimal"
                  autoComplete="off"
                  defaultValue={row.value.amount === 0 && !row.value.label ? "" : row.value.amount}
                  error={errors[`${n}.amount`]}
                />
              </div>
              <TextField
                className="mt-3"
                label={t("budget.note")}
                optional
                name={`${n}.note`}
                maxLength={LIMITS.budgetNote}
                defaultValue={row.value.note ?? ""}
                error={errors[`${n}.note`]}
              />
            </RowShell>
          );
        })}
      </ol>
      <AddButton
        buttonRef={addButton}
        disabled={rows.length >= 50}
        onClick={() => {
          add({ label: "", kind: "run", amount: 0, note: null });
          onRowsChange();
        }}
      >
        {t("editor.addBudget")}
      </AddButton>
    </div>
  );
}
