import { createHash } from "node:crypto";
import type { ImportedIntervention } from "@/lib/interventions/import-row";

/**
 * The natural key of an imported row that has no external id: a SHA-256 of what the row says
 * (date, type, hours, amount billed, category, detection, people, recurring flag, note) and of
 * its occurrence among identical rows of the file (the second identical row is "#2"). Stored
 * in `Intervention.importKey`, unique per organization, so importing the same file again
 * finds every row (nothing added twice) while two identical entries of one file both go in.
 * A row edited in the file is a different row: without an external id nothing else could say
 * it is "the same" one.
 */
export function interventionImportKey(row: ImportedIntervention, occurrence: number): string {
  const what = JSON.stringify([
    row.occurredOn,
    row.kind,
    row.hours,
    row.amountBilled,
    row.category,
    row.detection,
    row.peopleAffected,
    row.recurringCause,
    row.note,
  ]);
  return `${createHash("sha256").update(what).digest("hex").slice(0, 40)}#${occurrence}`;
}
