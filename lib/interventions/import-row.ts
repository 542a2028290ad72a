import { parseDay, type DateOrder } from "@/lib/import/dates";
import { parseDecimal } from "@/lib/import/decimal";
import type { ColumnMapping, InterventionImportField } from "@/lib/interventions/import-columns";
import { CATEGORY_MAX } from "@/lib/interventions/vocabulary";
import type { Detection, InterventionKind } from "@/lib/vocabulary";

/** One problem of one row: the field (its column is in the mapping) and a catalog key. */
export type RowProblem = { field: InterventionImportField; key: string };

export type ImportedIntervention = {
  organizationId: string;
  occurredOn: string;
  kind: InterventionKind;
  hours: number;
  amountBilled: number | null;
  category: string;
  detection: Detection;
  peopleAffected: number;
  recurringCause: boolean;
  externalId: string | null;
  note: string | null;
};

export type RowOptions = {
  dateOrder: DateOrder;
  /** The file writes decimals with a comma (decides "1,234"). */
  decimalComma: boolean | null;
  /** Today, "YYYY-MM-DD" (UTC): nothing is dated after it. */
  today: string;
  /**
   * The organization the file is imported into: every row goes there; a row whose organization
   * column (when one is mapped) names another one is refused.
   */
  organization: { id: string; name: string };
};

const MONITORING = /^(monitor|monitoring|alert|rmm|automat|auto|system|nms|detected|supervision|surveillance)/i;
const USER =
  /^(user|phone|call|e ?mail|email|portal|chat|walk|web|reported|client|customer|t[ée]l[ée]phone|appel|utilisateur|courriel)/i;
const TRUE = /^(1|y|yes|true|x|oui|ja|si|sí)$/i;
const FALSE = /^(0|n|no|false|non|nein|)$/i;

export const orgKey = (name: string) => name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Reads one mapped row of an interventions file into what the log stores, or says what is
 * wrong with it (every problem of the row, not just the first).
 */
export function readInterventionRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  options: RowOptions,
): { ok: true; value: ImportedIntervention } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (field: InterventionImportField) => {
    const index = mapping[field];
    return index === null ? "" : (cells[index] ?? "").trim();
  };
  const problem = (field: InterventionImportField, key: string) =>
    problems.push({ field, key: `interventions.import.errors.${key}` });

  const orgName = cell("organization");
  const organizationId = options.organization.id;
  if (orgName && orgKey(orgName) !== orgKey(options.organization.name) && orgName !== organizationId)
    problem("organization", "otherOrganization");

  const occurredOn = parseDay(cell("occurredOn"), options.dateOrder);
  if (!cell("occurredOn")) problem("occurredOn", "required");
  else if (!occurredOn) problem("occurredOn", "invalidDate");
  else if (occurredOn > options.today) problem("occurredOn", "inFuture");
  else if (occurredOn < "2000-01-01") problem("occurredOn", "dateOutOfRange");

  const hours = parseDecimal(cell("hours"), options.decimalComma);
  if (!cell("hours")) problem("hours", "required");
  else if (hours === null || hours < 0 || hours > 1_000) problem("hours", "invalidHours");

  const amountText = cell("amountBilled");
  const amountBilled = amountText ? parseDecimal(amountText, options.decimalComma) : null;
  if (amountText && (amountBilled === null || amountBilled < 0 || amountBilled > 10_000_000))
    problem("amountBilled", "invalidAmount");

  const category = cell("category");
  if (!category) problem("category", "required");
  else if (category.length > CATEGORY_MAX) problem("category", "tooLong");

  const detectionText = cell("detection");
  let detection: Detection = "USER_REPORTED";
  if (detectionText) {
    if (detectionText.toUpperCase() === "MONITORING" || MONITORING.test(detectionText)) detection = "MONITORING";
    else if (detectionText.toUpperCase() === "USER_REPORTED" || USER.test(detectionText)) detection = "USER_REPORTED";
    else problem("detection", "invalidDetection");
  }

  const peopleText = cell("peopleAffected");
  const people = peopleText ? parseDecimal(peopleText, options.decimalComma) : 0;
  if (people === null || !Number.isInteger(people) || people < 0 || people > 100_000)
    problem("peopleAffected", "invalidPeople");

  const recurringText = cell("recurringCause");
  if (!TRUE.test(recurringText) && !FALSE.test(recurringText)) problem("recurringCause", "invalidFlag");

  const kindText = cell("kind").toLowerCase();
  const kind: InterventionKind = /time|entry|hours/.test(kindText) ? "TIME_ENTRY" : "TICKET";

  const externalId = cell("externalId") || null;
  if (externalId && externalId.length > 120) problem("externalId", "tooLong");
  const note = cell("note") || null;
  if (note && note.length > 2_000) problem("note", "tooLong");

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      organizationId,
      occurredOn: occurredOn!,
      kind,
      hours: hours!,
      amountBilled,
      category,
      detection,
      peopleAffected: people ?? 0,
      recurringCause: TRUE.test(recurringText),
      externalId,
      note,
    },
  };
}
