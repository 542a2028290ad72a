"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CsvImport } from "@/components/import/csv-import";
import { SourceSystemField } from "@/components/import/source-system-field";
import { SampleTable } from "@/components/import/sample-table";
import { importOrganizationsAction, previewOrganizationImportAction } from "@/lib/actions/organizations";
import { ORGANIZATION_IMPORT_FIELDS } from "@/lib/organizations/import-columns";

/**
 * CSV import of organizations into the tenant, from the organizations list
 * (components/import/csv-import.tsx): the preview says how many rows create, update or leave an
 * organization as it is; the import writes them all or none; the list refreshes.
 */
export function ImportOrganizations() {
  const t = useTranslations("orgs.import");
  const tAll = useTranslations();
  const router = useRouter();
  const [sourceSystem, setSourceSystem] = useState("CSV");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("description")}</p>
      <p className="text-sm text-slate-700">{t("policy")}</p>
      <CsvImport
        headingLevel={2}
        testId="organization-import"
        heading={t("heading")}
        fields={ORGANIZATION_IMPORT_FIELDS}
        fieldLabel={(field) => t(`fields.${field}`)}
        input={{ sourceSystem }}
        preview={previewOrganizationImportAction}
        commit={{
          action: importOrganizationsAction,
          label: (p) => t("import", { count: p.validCount }),
          progress: (p) => t("importing", { count: p.validCount }),
          done: (d) => t("done", d),
        }}
        summary={(p) =>
          t("summary", { rows: p.rowCount, create: p.toCreate, update: p.toUpdate, unchanged: p.unchanged })
        }
        onDone={() => router.refresh()}
        uploadFields={(fieldError) => (
          <SourceSystemField value={sourceSystem} onChange={setSourceSystem} error={fieldError("sourceSystem")} />
        )}
        sample={(p) => (
          <SampleTable
            rows={p.sample}
            columns={[
              { label: t("fields.name"), cell: (r) => r.name },
              { label: t("fields.externalId"), cell: (r) => r.externalId ?? "" },
              {
                label: t("fields.currentModel"),
                cell: (r) => (r.currentModel ? tAll(`common.serviceModel.${r.currentModel}`) : ""),
              },
              {
                label: t("fields.lifecycleStatus"),
                cell: (r) => (r.lifecycleStatus ? tAll(`common.lifecycle.${r.lifecycleStatus}`) : ""),
              },
              { label: t("fields.headcount"), numeric: true, cell: (r) => r.headcount ?? "" },
              { label: t("operation"), cell: (r) => t(`operations.${r.operation}`) },
            ]}
          />
        )}
      />
    </div>
  );
}
