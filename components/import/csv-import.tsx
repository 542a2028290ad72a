"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { FormError } from "@/components/forms/form-error";
import { PostForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { ActionResult } from "@/lib/access/result";
import { importFieldNames, type ImportFields } from "@/lib/import/columns";
import { DATE_ORDERS } from "@/lib/import/dates";
import { decodeCsvBytes } from "@/lib/import/decode";
import type { ImportProblem, ImportSettings } from "@/lib/import/plan";
import { IMPORT_MAX_BYTES } from "@/lib/import/schemas";

/** What every import's preview says (lib/import/reading.ts summarizeImport), whatever else it carries. */
export type ImportPreview<F extends string> = {
  headers: string[];
  settings: ImportSettings<F>;
  mappingErrors: Record<string, string>;
  rowCount: number;
  validCount: number;
  rowsWithProblems: number;
  problemCount: number;
  problems: ImportProblem<F>[];
};

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

/** What an import that wrote the file says it did. */
export type ImportCounts = { rows: number; created: number; updated: number; unchanged: number };

/**
 * The last step: a server action that writes the file (all rows or none: a refused import
 * answers with the preview and its problems), or a use of the preview in the page (the metrics
 * proposed to the report editor). Either returns the sentence that says what happened.
 */
export type ImportCommit<F extends string, P extends ImportPreview<F>> =
  | {
      action: Action<({ outcome: "rejected" } & ImportPreview<F>) | ({ outcome: "imported" } & ImportCounts)>;
      label: (preview: P) => string;
      done: (counts: ImportCounts) => string;
      progress: (preview: P) => string;
    }
  | { use: (preview: P, file: string) => string; label: (preview: P) => string };

type Props<F extends string, P extends ImportPreview<F>> = {
  testId: string;
  /** The upload form's name ("Import from a CSV file"). */
  heading: string;
  fields: ImportFields<F>;
  fieldLabel: (field: F) => string;
  /** What both actions take besides the file and its settings (organization, source system, report). */
  input: Record<string, unknown>;
  preview: Action<P>;
  commit: ImportCommit<F, P>;
  /** The preview's first line: how many rows, how many can be imported, how many are known. */
  summary: (preview: P) => string;
  /** The rows as they will be imported (or proposed). */
  sample: (preview: P) => ReactNode;
  /** More fields of the upload form (the source system), given their field errors. */
  uploadFields?: (fieldError: (name: string) => string | undefined) => ReactNode;
  /** Called when the file or the outcome changes (the page refreshes after an import). */
  onDone?: () => void;
  /** The level of the "Columns" and "Preview" headings where the import sits (their parts one below). */
  headingLevel?: 2 | 3 | 4;
};

/** The heading elements of the import's sections and of their parts, by the level the import sits at. */
const HEADINGS = { 2: ["h2", "h3"], 3: ["h3", "h4"], 4: ["h4", "h5"] } as const;

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

/**
 * One CSV import, the same for every kind of file: choose a file → the server reads it (columns
 * recognized, date order and decimal mark detected) → adjust the columns → preview with every
 * row's problems (row, column, message) → import (all rows or none) or use. A progress bar
 * shows while the server reads or writes; a refused import keeps the preview so the user can
 * see what to fix. The file is decoded in the browser (UTF-8, else Windows-1252).
 */
export function CsvImport<F extends string, P extends ImportPreview<F>>({
  testId,
  heading,
  fields,
  fieldLabel,
  input,
  preview: previewAction,
  commit: commitStep,
  summary,
  sample,
  uploadFields,
  onDone,
  headingLevel = 4,
}: Props<F, P>) {
  const [Heading, Subheading] = HEADINGS[headingLevel];
  const t = useTranslations("imports");
  const tAll = useTranslations();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [settings, setSettings] = useState<ImportSettings<F> | null>(null);
  const [rejected, setRejected] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const check = useActionForm(previewAction, {
    onSuccess: (data) => {
      setPreview(data);
      setSettings(data.settings);
    },
  });
  const serverCommit = "action" in commitStep ? commitStep : null;
  const commit = useActionForm((serverCommit?.action ?? previewAction) as Action<unknown>, {
    onSuccess: (data) => {
      if (!serverCommit) return;
      const result = data as ({ outcome: "rejected" } & ImportPreview<F>) | ({ outcome: "imported" } & ImportCounts);
      if (result.outcome === "rejected") {
        // The refused import's answer is the preview again, with its problems.
        setPreview(result as unknown as P);
        setRejected(result.rowsWithProblems);
        return;
      }
      setDone(serverCommit.done(result));
      setPreview(null);
      setSettings(null);
      onDone?.();
    },
  });
  const fieldError = (name: string) => check.fieldErrors[name] ?? commit.fieldErrors[name];
  const mappingError = (name: string) => {
    const key = preview?.mappingErrors[name];
    return fieldError(name) ?? (key ? tAll(key) : undefined);
  };
  const busy = check.pending || commit.pending;
  const ready = preview !== null && preview.problemCount === 0 && Object.keys(preview.mappingErrors).length === 0;

  const send = (text: string, chosen: ImportSettings<F> | null) => {
    setRejected(null);
    setDone(null);
    return check.submit({ ...input, csv: text, settings: chosen });
  };

  const columnOptions = (preview?.headers ?? []).map((h, i) => ({
    value: String(i),
    label: h || t("mapping.untitledColumn", { n: i + 1 }),
  }));

  return (
    <div className="space-y-4" data-testid={testId}>
      <PostForm
        noValidate
        aria-label={heading}
        className="grid items-start gap-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          const fileInput = e.currentTarget.elements.namedItem("csv") as HTMLInputElement | null;
          const file = fileInput?.files?.[0];
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
        {uploadFields?.(fieldError)}
        <div className="sm:col-span-2">
          <SubmitButton pending={check.pending} pendingLabel={t("check")} variant="secondary" testId="import-check">
            {t("check")}
          </SubmitButton>
        </div>
      </PostForm>

      <FormError message={check.formError ?? commit.formError} retryable={false} />

      {busy ? (
        <div role="status" className="space-y-1 text-sm text-slate-700" data-testid="import-progress">
          <progress className="h-2 w-full max-w-md" aria-label={heading} />
          <span className="block">
            {commit.pending && serverCommit && preview
              ? serverCommit.progress(preview)
              : t("reading", { name: csv?.name ?? "" })}
          </span>
        </div>
      ) : null}

      {done ? (
        <Notice tone="success" testId="import-done">
          {done}
        </Notice>
      ) : null}

      {preview && settings && csv ? (
        <section aria-label={t("preview.heading")} className="space-y-4 border-t border-slate-200 pt-4">
          <PostForm
            noValidate
            aria-label={t("mapping.heading")}
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              void send(csv.text, settings);
            }}
          >
            <Heading className="text-sm font-semibold text-slate-900">{t("mapping.heading")}</Heading>
            <p className="text-xs text-slate-600">{t("mapping.description")}</p>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {importFieldNames(fields).map((field) => (
                <SelectField
                  key={field}
                  label={
                    fields[field].required
                      ? t("mapping.requiredField", { field: fieldLabel(field) })
                      : fieldLabel(field)
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
            <Heading className="text-sm font-semibold text-slate-900">{t("preview.heading")}</Heading>
            <p className="text-sm text-slate-800" data-testid="import-summary">
              {summary(preview)}
            </p>
            {rejected !== null ? (
              <Notice tone="error" testId="import-rejected">
                {t("rejected", { count: rejected })}
              </Notice>
            ) : null}
            {preview.problemCount > 0 ? (
              <div className="space-y-2">
                <Subheading className="text-sm font-semibold text-red-800">
                  {t("preview.problemsHeading", { count: preview.problemCount, rows: preview.rowsWithProblems })}
                </Subheading>
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
                      <Tr key={`${p.row}-${p.field}-${p.key}`} data-testid="import-problem">
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
            {preview.validCount > 0 ? (
              <div className="space-y-2">
                <Subheading className="text-sm font-semibold text-slate-900">{t("preview.sampleHeading")}</Subheading>
                {sample(preview)}
              </div>
            ) : null}
            <PostForm
              noValidate
              aria-label={commitStep.label(preview)}
              onSubmit={(e) => {
                e.preventDefault();
                setRejected(null);
                if (serverCommit) void commit.submit({ ...input, csv: csv.text, settings });
                else if ("use" in commitStep) setDone(commitStep.use(preview, csv.name));
              }}
            >
              <Button type="submit" disabled={!ready || busy} aria-busy={commit.pending} data-testid="import-commit">
                {commitStep.label(preview)}
              </Button>
            </PostForm>
          </div>
        </section>
      ) : null}
    </div>
  );
}
