"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { CsvImport } from "@/components/import/csv-import";
import { SourceSystemField } from "@/components/import/source-system-field";
import { SampleTable } from "@/components/import/sample-table";
import { importInterventionsAction, previewInterventionImportAction } from "@/lib/actions/interventions";
import { INTERVENTION_IMPORT_FIELDS } from "@/lib/interventions/import-columns";

/**
 * CSV import into an organization's interventions log (components/import/csv-import.tsx): the
 * source system names where external ids come from; the preview says how many rows the log
 * already holds; the import adds or updates them, all rows or none.
 */
export function ImportInterventions({ organizationId }: { organizationId: string }) {
  const t = useTranslations("interventions.import");
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [sourceSystem, setSourceSystem] = useState("CSV");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("description")}</p>
      <p className="text-sm text-slate-700">{t("policy")}</p>
      <CsvImport
        testId="intervention-import"
        heading={t("heading")}
        fields={INTERVENTION_IMPORT_FIELDS}
        fieldLabel={(field) => t(`fields.${field}`)}
        input={{ organizationId, sourceSystem }}
        preview={previewInterventionImportAction}
        commit={{
          action: importInterventionsAction,
          label: (p) => t("preview.import", { count: p.validCount }),
          progress: (p) => t("importing", { count: p.validCount }),
          done: (d) => t("done", d),
        }}
        summary={(p) => t("preview.summary", { rows: p.rowCount, valid: p.validCount, known: p.known ?? 0 })}
        onDone={() => router.refresh()}
        uploadFields={(fieldError) => (
          <SourceSystemField value={sourceSystem} onChange={setSourceSystem} error={fieldError("sourceSystem")} />
        )}
        sample={(p) => (
          <SampleTable
            rows={p.sample}
            columns={[
              {
                label: t("fields.occurredOn"),
                className: "whitespace-nowrap",
                cell: (r) =>
                  format.dateTime(new Date(`${r.occurredOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
              },
              { label: t("fields.category"), cell: (r) => r.category },
              { label: t("fields.hours"), numeric: true, cell: (r) => format.number(r.hours) },
              {
                label: t("fields.amountBilled"),
                numeric: true,
                cell: (r) => (r.amountBilled === null ? "" : format.number(r.amountBilled)),
              },
              {
                label: t("fields.detection"),
                className: "text-xs",
                cell: (r) => tAll(`interventions.detections.${r.detection}`),
              },
              { label: t("fields.externalId"), cell: (r) => r.externalId ?? "" },
            ]}
          />
        )}
      />
    </div>
  );
}
