import type { InterventionImportReading } from "@/lib/domain/interventions/read-intervention-import";
import { summarizeImport } from "@/lib/import/reading";

/** What the preview (and a refused import) shows (lib/import/reading.ts), with a sample of interventions. */
export function summarizeInterventionImport(reading: InterventionImportReading) {
  return summarizeImport(reading, (r) => ({
    row: r.row,
    occurredOn: r.occurredOn,
    kind: r.kind,
    hours: r.hours,
    amountBilled: r.amountBilled,
    category: r.category,
    detection: r.detection,
    externalId: r.externalId,
    note: r.note,
  }));
}
export type InterventionImportSummary = ReturnType<typeof summarizeInterventionImport>;
