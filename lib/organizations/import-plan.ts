import { autoMapColumns } from "@/lib/import/columns";
import { detectDateOrder, detectDecimalComma } from "@/lib/import/detect";
import {
  columnOf,
  columnSample,
  readRows,
  refuseRepeats,
  type ImportProblem,
  type ImportSettings,
} from "@/lib/import/plan";
import type { CsvTable } from "@/lib/import/read-csv";
import { ORGANIZATION_IMPORT_FIELDS, type OrganizationImportField } from "@/lib/organizations/import-columns";
import { readOrganizationRow, type ImportedOrganization } from "@/lib/organizations/import-row";

export type OrganizationImportSettings = ImportSettings<OrganizationImportField>;
export type OrganizationImportProblem = ImportProblem<OrganizationImportField>;
export type PlannedOrganization = ImportedOrganization & { row: number };

/** The settings a file suggests: recognized headers mapped, date order and decimal mark detected. */
export function suggestOrganizationSettings(table: CsvTable): OrganizationImportSettings {
  const mapping = autoMapColumns(ORGANIZATION_IMPORT_FIELDS, table.headers);
  const sample = (field: OrganizationImportField) => columnSample(table, mapping, field);
  return {
    mapping,
    dateOrder: detectDateOrder(sample("clientSince"), table.delimiter),
    decimalComma: detectDecimalComma(
      [...sample("headcount"), ...sample("sites"), ...sample("endpoints")],
      table.delimiter,
    ),
  };
}

/**
 * Reads every row of an organizations file: the rows that read and every problem. One row per
 * organization: an external id or a name (as compared, lib/organizations/name-key.ts) seen
 * twice in the file is refused on its second row.
 */
export function planOrganizationImport(
  table: CsvTable,
  settings: OrganizationImportSettings,
  options: { today: string },
): { rows: PlannedOrganization[]; problems: OrganizationImportProblem[] } {
  const read = readRows(table, settings.mapping, (cells) =>
    readOrganizationRow(cells, settings.mapping, { ...settings, ...options }),
  );
  const byId = refuseRepeats(read.rows, (r) => r.externalId, {
    field: "externalId",
    column: columnOf(table, settings.mapping, "externalId"),
    key: "imports.errors.duplicateInFile",
  });
  const byName = refuseRepeats(byId.rows, (r) => r.nameKey, {
    field: "name",
    column: columnOf(table, settings.mapping, "name"),
    key: "orgs.import.errors.duplicateName",
  });
  const problems = [...read.problems, ...byId.problems, ...byName.problems].sort((a, b) => a.row - b.row);
  return { rows: byName.rows, problems };
}
