import type { ColumnMapping } from "@/lib/import/columns";
import type { DateOrder } from "@/lib/import/dates";
import type { CsvTable } from "@/lib/import/read-csv";

/** How a file is read: which column fills which field, and how it writes dates and decimals. */
export type ImportSettings<F extends string> = {
  mapping: ColumnMapping<F>;
  dateOrder: DateOrder;
  decimalComma: boolean;
};

/** One problem of one row, by field: a catalog key and its parameters. */
export type RowProblem<F extends string> = { field: F; key: string; params?: Record<string, string | number> };

/** One problem of one row of a file: the spreadsheet row (the header is row 1), the column, a catalog key. */
export type ImportProblem<F extends string> = RowProblem<F> & { row: number; column: string | null };

/** Reading one mapped row: its value, or every problem it has. */
export type RowReading<V, F extends string> = { ok: true; value: V } | { ok: false; problems: RowProblem<F>[] };

/** The trimmed text of a field's column in a row ("" when no column maps to it). */
export function cellOf<F extends string>(cells: readonly string[], mapping: ColumnMapping<F>, field: F): string {
  const index = mapping[field];
  return index === null ? "" : (cells[index] ?? "").trim();
}

/** The header of the column a field maps to (null: not mapped). */
export function columnOf<F extends string>(table: CsvTable, mapping: ColumnMapping<F>, field: F): string | null {
  const index = mapping[field];
  return index === null ? null : (table.headers[index] ?? null);
}

/** The first `limit` cells of a field's column (for detecting date order and decimal mark). */
export function columnSample<F extends string>(
  table: CsvTable,
  mapping: ColumnMapping<F>,
  field: F,
  limit = 500,
): string[] {
  const index = mapping[field];
  return index === null ? [] : table.rows.slice(0, limit).map((r) => r[index] ?? "");
}

/**
 * Reads every row of a file with `read`: the rows that read (with their spreadsheet row number)
 * and every problem of the others, with the column each problem is about.
 */
export function readRows<V, F extends string>(
  table: CsvTable,
  mapping: ColumnMapping<F>,
  read: (cells: readonly string[]) => RowReading<V, F>,
): { rows: (V & { row: number })[]; problems: ImportProblem<F>[] } {
  const rows: (V & { row: number })[] = [];
  const problems: ImportProblem<F>[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const reading = read(cells);
    if (reading.ok) rows.push({ ...reading.value, row });
    else for (const p of reading.problems) problems.push({ ...p, row, column: columnOf(table, mapping, p.field) });
  });
  return { rows, problems };
}

/**
 * Keeps the first row of each key and refuses the later ones with `key` (params: the first
 * row), e.g. an external id or a name seen twice in one file. Rows whose key is null pass.
 */
export function refuseRepeats<R extends { row: number }, F extends string>(
  rows: readonly R[],
  keyOf: (r: R) => string | null,
  problem: { field: F; column: string | null; key: string },
): { rows: R[]; problems: ImportProblem<F>[] } {
  const first = new Map<string, number>();
  const kept: R[] = [];
  const problems: ImportProblem<F>[] = [];
  for (const r of rows) {
    const k = keyOf(r);
    const seen = k === null ? undefined : first.get(k);
    if (seen !== undefined) {
      problems.push({
        row: r.row,
        column: problem.column,
        field: problem.field,
        key: problem.key,
        params: { row: seen },
      });
      continue;
    }
    if (k !== null) first.set(k, r.row);
    kept.push(r);
  }
  return { rows: kept, problems };
}
