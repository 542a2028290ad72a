import type { InterventionImportReading } from "@/lib/domain/interventions/read-intervention-import";

/** Problems sent to the browser at most (the count says how many there are in all). */
export const PROBLEMS_SHOWN = 200;
/** Rows of the preview's sample. */
export const SAMPLE_ROWS = 5;

/** What the preview (and a refused import) shows: the file's shape, the settings, the problems. */
export function summarizeInterventionImport(reading: InterventionImportReading) {
  const rowsWithProblems = new Set(reading.problems.map((p) => p.row)).size;
  return {
    delimiter: reading.table.delimiter,
    headers: reading.table.headers,
    settings: reading.settings,
    mappingErrors: reading.mappingErrors,
    rowCount: reading.table.rows.length,
    validCount: reading.rows.length,
    rowsWithProblems,
    problemCount: reading.problems.length,
    problems: reading.problems.slice(0, PROBLEMS_SHOWN),
    sample: reading.rows.slice(0, SAMPLE_ROWS).map((r) => ({
      row: r.row,
      occurredOn: r.occurredOn,
      kind: r.kind,
      hours: r.hours,
      amountBilled: r.amountBilled,
      category: r.category,
      detection: r.detection,
      externalId: r.externalId,
      note: r.note,
    })),
  };
}
export type InterventionImportSummary = ReturnType<typeof summarizeInterventionImport>;
