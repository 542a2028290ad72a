"use client";

import { PostForm } from "@/components/forms/post-form";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField, TextField } from "@/components/ui/field";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { importInterventionsAction, previewInterventionImportAction } from "@/lib/actions/interventions";
import type { InterventionImportSummary } from "@/lib/domain/interventions/summarize-intervention-import";
import { IMPORT_MAX_BYTES } from "@/lib/domain/interventions/schemas";
import { DATE_ORDERS } from "@/lib/import/dates";
import { decodeCsvBytes } from "@/lib/import/decode";
import {
  INTERVENTION_IMPORT_FIELD_NAMES,
  INTERVENTION_IMPORT_FIELDS,
  type InterventionImportField,
} from "@/lib/interventions/import-columns";
import type { ImportSettings } from "@/lib/interventions/import-plan";

type Preview = InterventionImportSummary & { known: number | null };
type Done = { created: number; updated: number; unchanged: number };

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

/**
 * CSV import into an organization's interventions log: choose a file → the server reads it
 * (columns recognized, settings detected) → adjust the columns → preview with every row's
 * problems (row, column, message) → import, all rows or none. A progress bar shows while the
 * server reads or writes; a refused import keeps the preview so the user can see what to fix.
 */
export function ImportInterventions({ organizationId }: { organizationId: string }) {
  const t = useTranslations("interventions.import");
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [settings, setSettings] = useState<ImportSettings | null>(null);
  const [rejected, setRejected] = useState<number | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [sourceSystem, setSourceSystem] = useState("CSV");
  const check = useActionForm(previewInterventionImportAction, {
    onSuccess: (data) => {
      setPreview(data);
      setSettings(data.settings);
    },
  });
  const commit = useActionForm(importInterventionsAction, {
    onSuccess: (data) => {
      if (data.outcome === "rejected") {
        setPreview(data);
        setRejected(data.rowsWithProblems);
        return;
      }
      setDone({ created: data.created, updated: data.updated, unchanged: data.unchanged });
      setPreview(null);
      setSettings(null);
      router.refresh();
    },
  });
  const fieldError = (name: string) => check.fieldErrors[name] ?? commit.fieldErrors[name];
  const mappingError = (name: string) => {
    const key = preview?.mappingErrors[name];
    return fieldError(name) ?? (key ? tAll(key) : undefined);
  };
  const busy = check.pending || commit.pending;
  const ready = preview !== null && preview.problemCount === 0 && Object.keys(preview.mappingErrors).length === 0;

  const send = (text: string, chosen: ImportSettings | null) => {
    setRejected(null);
    setDone(null);
    return check.submit({ organizationId, sourceSystem, csv: text, settings: chosen });
  };

  const columnOptions = (preview?.headers ?? []).map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }));

  return (
    <div className="space-y-4" data-testid="intervention-import">
      <p className="text-sm text-slate-700">{t("description")}</p>
      <p className="text-sm text-slate-700">{t("policy")}</p>
      <PostForm
        noValidate
        aria-label={t("heading")}
        className="grid items-start gap-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem("csv") as HTMLInputElement | null;
          const file = input?.files?.[0];
          setFileError(null);
          if (!file) return setFileError(t("fileRequired"));
          if (file.size > IMPORT_MAX_BYTES)
            return setFileError(t("fileTooLarge", { size: megabytes(file.size), max: IMPORT_MAX_BYTES / MB }));
          void file.arrayBuffer().then((bytes) => {
            const text = decodeCsvBytes(bytes);
            setCsv({ name: file.name, text });
            setPreview(null);
            return send(text, null);
          });
        }}
      >
        <TextField
          label={t("file")}
          name="csv"
          type="file"
          accept=".csv,.txt,text/csv"
          hint={t("fileHint", { max: IMPORT_MAX_BYTES / MB })}
          error={fileError ?? fieldError("csv")}
          onChange={() => {
            setPreview(null);
            setDone(null);
            setRejected(null);
            setFileError(null);
          }}
        />
        <TextField
          label={t("sourceSystem")}
          name="sourceSystem"
          value={sourceSystem}
          onChange={(e) => setSourceSystem(e.target.value)}
          hint={t("sourceSystemHint")}
          error={fieldError("sourceSystem")}
        />
        <div className="sm:col-span-2">
          <SubmitButton pending={check.pending} pendingLabel={t("check")} variant="secondary" testId="import-check">
            {t("check")}
          </SubmitButton>
        </div>
      </PostForm>

      <FormError message={check.formError ?? commit.formError} retryable={false} />

      {busy ? (
        <div role="status" className="space-y-1 text-sm text-slate-700" data-testid="import-progress">
          <progress className="h-2 w-full max-w-md" aria-label={t("heading")} />
          <span className="block">
            {commit.pending
              ? t("importing", { count: preview?.validCount ?? 0 })
              : t("reading", { name: csv?.name ?? "" })}
          </span>
        </div>
      ) : null}

      {done ? (
        <Notice tone="success" testId="import-done">
          {t("done", done)}
        </Notice>
      ) : null}

      {preview && settings && csv ? (
        <section aria-labelledby="import-preview-heading" className="space-y-4 border-t border-slate-200 pt-4">
          <PostForm
            noValidate
            aria-label={t("mapping.heading")}
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              void send(csv.text, settings);
            }}
          >
            <h4 className="text-sm font-semibold text-slate-900">{t("mapping.heading")}</h4>
            <p className="text-xs text-slate-600">{t("mapping.description")}</p>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {INTERVENTION_IMPORT_FIELD_NAMES.map((field: InterventionImportField) => (
                <SelectField
                  key={field}
                  label={
                    INTERVENTION_IMPORT_FIELDS[field].required
                      ? t("mapping.requiredField", { field: t(`fields.${field}`) })
                      : t(`fields.${field}`)
                  }
                  name={`mapping.${field}`}
                  value={settings.mapping[field] === null ? "" : String(settings.mapping[field])}
                  placeholder={t("mapping.notMapped")}
                  options={columnOptions}
                  error={mappingError(`mapping.${field}`)}
                  onChange={(e) =>
                    setSettings({
                      ...settings,
                      mapping: { ...settings.mapping, [field]: e.target.value === "" ? null : Number(e.target.value) },
                    })
                  }
                />
              ))}
              <SelectField
                label={t("mapping.dateOrder")}
                name="dateOrder"
                value={settings.dateOrder}
                options={DATE_ORDERS.map((o) => ({ value: o, label: t(`dateOrders.${o}`) }))}
                onChange={(e) => setSettings({ ...settings, dateOrder: e.target.value === "MDY" ? "MDY" : "DMY" })}
              />
              <SelectField
                label={t("mapping.decimalComma")}
                name="decimalComma"
                value={settings.decimalComma ? "comma" : "point"}
                options={[
                  { value: "comma", label: t("decimalMarks.comma") },
                  { value: "point", label: t("decimalMarks.point") },
                ]}
                onChange={(e) => setSettings({ ...settings, decimalComma: e.target.value === "comma" })}
              />
            </div>
            <Button type="submit" variant="secondary" size="sm" disabled={busy}>
              {t("mapping.recheck")}
            </Button>
          </PostForm>

          <div className="space-y-3" data-testid="import-preview">
            <h4 id="import-preview-heading" className="text-sm font-semibold text-slate-900">
              {t("preview.heading")}
            </h4>
            <p className="text-sm text-slate-800" data-testid="import-summary">
              {t("preview.summary", {
                rows: preview.rowCount,
                valid: preview.validCount,
                known: preview.known ?? 0,
              })}
            </p>
            {rejected !== null ? (
              <Notice tone="error" testId="import-rejected">
                {t("rejected", { count: rejected })}
              </Notice>
            ) : null}
            {preview.problemCount > 0 ? (
              <div className="space-y-2">
                <h5 className="text-sm font-semibold text-red-800">
                  {t("preview.problemsHeading", { count: preview.problemCount, rows: preview.rowsWithProblems })}
                </h5>
                <Table data-testid="import-problems">
                  <thead>
                    <tr>
                      <Th>{t("preview.row")}</Th>
                      <Th>{t("preview.column")}</Th>
                      <Th>{t("preview.problem")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.problems.map((p) => (
                      <Tr key={`${p.row}-${p.field}`} data-testid="import-problem">
                        <Td className="tabular-nums">{p.row}</Td>
                        <Td>{p.column ?? t("preview.noColumn")}</Td>
                        <Td>{tAll(p.key, p.params)}</Td>
                      </Tr>
                    ))}
                  </tbody>
                </Table>
                {preview.problemCount > preview.problems.length ? (
                  <p className="text-xs text-slate-600">
                    {t("preview.problemsMore", { shown: preview.problems.length, total: preview.problemCount })}
                  </p>
                ) : null}
              </div>
            ) : null}
            {preview.sample.length > 0 ? (
              <div className="space-y-2">
                <h5 className="text-sm font-semibold text-slate-900">{t("preview.sampleHeading")}</h5>
                <Table data-testid="import-sample">
                  <thead>
                    <tr>
                      <Th>{t("preview.row")}</Th>
                      <Th>{t("fields.occurredOn")}</Th>
                      <Th>{t("fields.category")}</Th>
                      <Th className="text-right">{t("fields.hours")}</Th>
                      <Th className="text-right">{t("fields.amountBilled")}</Th>
                      <Th>{t("fields.detection")}</Th>
                      <Th>{t("fields.externalId")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.sample.map((r) => (
                      <Tr key={r.row}>
                        <Td className="tabular-nums">{r.row}</Td>
                        <Td className="whitespace-nowrap">
                          {format.dateTime(new Date(`${r.occurredOn}T00:00:00Z`), {
                            dateStyle: "medium",
                            timeZone: "UTC",
                          })}
                        </Td>
                        <Td>{r.category}</Td>
                        <Td className="text-right tabular-nums">{format.number(r.hours)}</Td>
                        <Td className="text-right tabular-nums">
                          {r.amountBilled === null ? "" : format.number(r.amountBilled)}
                        </Td>
                        <Td className="text-xs">{tAll(`interventions.detections.${r.detection}`)}</Td>
                        <Td>{r.externalId ?? ""}</Td>
                      </Tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            ) : null}
            <PostForm
              noValidate
              aria-label={t("preview.import", { count: preview.validCount })}
              onSubmit={(e) => {
                e.preventDefault();
                setRejected(null);
                void commit.submit({ organizationId, sourceSystem, csv: csv.text, settings });
              }}
            >
              <Button type="submit" disabled={!ready || busy} aria-busy={commit.pending} data-testid="import-commit">
                {t("preview.import", { count: preview.validCount })}
              </Button>
            </PostForm>
          </div>
        </section>
      ) : null}
    </div>
  );
}
