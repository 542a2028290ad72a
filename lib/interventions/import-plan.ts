import { autoMapColumns } from "@/lib/import/columns";
import { detectDateOrder, detectDecimalComma } from "@/lib/import/detect";
import {
  columnOf,
  columnSample,
  readRows,
  refuseRepeats,
  type ImportProblem as AnyImportProblem,
  type ImportSettings as AnyImportSettings,
} from "@/lib/import/plan";
import type { CsvTable } from "@/lib/import/read-csv";
import { INTERVENTION_IMPORT_FIELDS, type InterventionImportField } from "@/lib/interventions/import-columns";
import { interventionImportKey } from "@/lib/interventions/import-key";
import { readInterventionRow, type ImportedIntervention } from "@/lib/interventions/import-row";

export type ImportSettings = AnyImportSettings<InterventionImportField>;
export type ImportProblem = AnyImportProblem<InterventionImportField>;

/** A row ready to write: the external id, or else the import key, finds it again next time. */
export type PlannedIntervention = ImportedIntervention & { row: number; importKey: string | null };

/** The settings a file suggests: recognized headers mapped, date order and decimal mark detected. */
export function suggestSettings(table: CsvTable): ImportSettings {
  const mapping = autoMapColumns(INTERVENTION_IMPORT_FIELDS, table.headers);
  const sample = (field: InterventionImportField) => columnSample(table, mapping, field);
  return {
    mapping,
    dateOrder: detectDateOrder(sample("occurredOn"), table.delimiter),
    decimalComma: detectDecimalComma([...sample("hours"), ...sample("amountBilled")], table.delimiter),
  };
}

/**
 * Reads every row of a file with the given settings: the rows ready to write and every problem
 * of every row. An external id seen twice in the file is refused on its second row; identical
 * rows without an external id are numbered (see interventionImportKey).
 */
export function planInterventionImport(
  table: CsvTable,
  settings: ImportSettings,
  options: { today: string; organization: { id: string; name: string } },
): { rows: PlannedIntervention[]; problems: ImportProblem[] } {
  const read = readRows(table, settings.mapping, (cells) =>
    readInterventionRow(cells, settings.mapping, { ...settings, ...options }),
  );
  const unique = refuseRepeats(read.rows, (r) => r.externalId, {
    field: "externalId",
    column: columnOf(table, settings.mapping, "externalId"),
    key: "imports.errors.duplicateInFile",
  });
  const occurrences = new Map<string, number>();
  const rows = unique.rows.map((value): PlannedIntervention => {
    if (value.externalId !== null) return { ...value, importKey: null };
    const base = interventionImportKey(value, 0);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    return { ...value, importKey: interventionImportKey(value, n) };
  });
  const problems = [...read.problems, ...unique.problems].sort((a, b) => a.row - b.row);
  return { rows, problems };
}
