import type { ImportFields } from "@/lib/import/columns";
import { mappingProblems } from "@/lib/import/columns";
import type { ImportProblem, ImportSettings } from "@/lib/import/plan";
import { CsvUnreadable, readCsv, type CsvTable } from "@/lib/import/read-csv";
import { fieldErrors } from "@/lib/errors";

/** A file read for an import: its table, the settings used, and what reading every row found. */
export type ImportReading<F extends string, R> = {
  table: CsvTable;
  settings: ImportSettings<F>;
  /** Mapping field errors ("mapping.<field>" → catalog key); rows are not read while any. */
  mappingErrors: Record<string, string>;
  rows: R[];
  problems: ImportProblem<F>[];
};

/** Problems sent to the browser at most (the count says how many there are in all). */
export const PROBLEMS_SHOWN = 200;
/** Rows of the preview's sample. */
export const SAMPLE_ROWS = 5;

/**
 * The uploaded text as a table (lib/import/read-csv.ts), or the field error the upload form
 * shows next to the file: not CSV, or no header and data rows.
 */
export async function readImportTable(csv: string): Promise<CsvTable> {
  let table: CsvTable;
  try {
    table = await readCsv(csv);
  } catch (error) {
    if (error instanceof CsvUnreadable) throw fieldErrors({ csv: "imports.errors.unreadable" });
    throw error;
  }
  if (table.headers.length < 2 || table.rows.length === 0) throw fieldErrors({ csv: "imports.errors.empty" });
  return table;
}

/**
 * Reads a file with the given settings, or those its headers and values suggest: while the
 * mapping has a problem (a required field without a column, a column past the file's, or what
 * `check` finds) no row is read; otherwise `plan` reads every row.
 */
export function readWithSettings<F extends string, R>(options: {
  fields: ImportFields<F>;
  table: CsvTable;
  given: ImportSettings<F> | null;
  suggest: (table: CsvTable) => ImportSettings<F>;
  plan: (settings: ImportSettings<F>) => { rows: R[]; problems: ImportProblem<F>[] };
  check?: (settings: ImportSettings<F>) => Record<string, string>;
}): ImportReading<F, R> {
  const { fields, table } = options;
  const settings = options.given ?? options.suggest(table);
  const mappingErrors = { ...options.check?.(settings), ...mappingProblems(fields, settings.mapping, table.headers) };
  if (Object.keys(mappingErrors).length > 0) return { table, settings, mappingErrors, rows: [], problems: [] };
  return { table, settings, mappingErrors, ...options.plan(settings) };
}

/** What a preview (and a refused import) shows: the file's shape, the settings, the problems, a sample. */
export function summarizeImport<F extends string, R, S>(reading: ImportReading<F, R>, sample: (row: R) => S) {
  return {
    delimiter: reading.table.delimiter,
    headers: reading.table.headers,
    settings: reading.settings,
    mappingErrors: reading.mappingErrors,
    rowCount: reading.table.rows.length,
    validCount: reading.rows.length,
    rowsWithProblems: new Set(reading.problems.map((p) => p.row)).size,
    problemCount: reading.problems.length,
    problems: reading.problems.slice(0, PROBLEMS_SHOWN),
    sample: reading.rows.slice(0, SAMPLE_ROWS).map(sample),
  };
}
