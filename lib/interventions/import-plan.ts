import type { DateOrder } from "@/lib/import/dates";
import { detectDateOrder, detectDecimalComma } from "@/lib/import/detect";
import type { CsvTable } from "@/lib/import/read-csv";
import {
  autoMapColumns,
  INTERVENTION_IMPORT_FIELD_NAMES,
  type ColumnMapping,
  type InterventionImportField,
  unmappedRequired,
} from "@/lib/interventions/import-columns";
import { interventionImportKey } from "@/lib/interventions/import-key";
import { readInterventionRow, type ImportedIntervention } from "@/lib/interventions/import-row";

/** How a file is read: which column fills which field, and how it writes dates and decimals. */
export type ImportSettings = { mapping: ColumnMapping; dateOrder: DateOrder; decimalComma: boolean };

/** One problem of one row: the spreadsheet row (the header is row 1), the column, a catalog key. */
export type ImportProblem = {
  row: number;
  column: string | null;
  field: InterventionImportField;
  key: string;
  params?: Record<string, string | number>;
};

/** A row ready to write: the external id, or else the import key, finds it again next time. */
export type PlannedIntervention = ImportedIntervention & { row: number; importKey: string | null };

/** The settings a file suggests: recognized headers mapped, date order and decimal mark detected. */
export function suggestSettings(table: CsvTable): ImportSettings {
  const mapping = autoMapColumns(table.headers);
  const column = (field: InterventionImportField) => {
    const index = mapping[field];
    return index === null ? [] : table.rows.slice(0, 500).map((r) => r[index] ?? "");
  };
  return {
    mapping,
    dateOrder: detectDateOrder(column("occurredOn"), table.delimiter),
    decimalComma: detectDecimalComma([...column("hours"), ...column("amountBilled")], table.delimiter),
  };
}

/** Mapping problems: a required field no column fills, or an index past the file's columns. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of unmappedRequired(mapping))
    problems[`mapping.${field}`] = "interventions.import.errors.mappingRequired";
  for (const field of INTERVENTION_IMPORT_FIELD_NAMES) {
    const index = mapping[field];
    if (index !== null && index >= headers.length)
      problems[`mapping.${field}`] = "interventions.import.errors.noSuchColumn";
  }
  return problems;
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
  const rows: PlannedIntervention[] = [];
  const problems: ImportProblem[] = [];
  const externalIds = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const columnOf = (field: InterventionImportField) => {
    const index = settings.mapping[field];
    return index === null ? null : (table.headers[index] ?? null);
  };
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const read = readInterventionRow(cells, settings.mapping, { ...settings, ...options });
    if (!read.ok) {
      for (const p of read.problems) problems.push({ row, column: columnOf(p.field), field: p.field, key: p.key });
      return;
    }
    const value = read.value;
    if (value.externalId !== null) {
      const first = externalIds.get(value.externalId);
      if (first !== undefined) {
        problems.push({
          row,
          column: columnOf("externalId"),
          field: "externalId",
          key: "interventions.import.errors.duplicateInFile",
          params: { row: first },
        });
        return;
      }
      externalIds.set(value.externalId, row);
      rows.push({ ...value, row, importKey: null });
      return;
    }
    const base = interventionImportKey(value, 0);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    rows.push({ ...value, row, importKey: interventionImportKey(value, n) });
  });
  return { rows, problems };
}
