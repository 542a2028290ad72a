import { parseDay, type DateOrder } from "@/lib/import/dates";
import { parseDecimal } from "@/lib/import/decimal";
import type { ColumnMapping } from "@/lib/import/columns";
import { cellOf, type RowProblem as AnyRowProblem, type RowReading } from "@/lib/import/plan";
import type { InterventionImportField } from "@/lib/interventions/import-columns";
import { organizationNameKey } from "@/lib/organizations/name-key";
import { CATEGORY_MAX } from "@/lib/interventions/vocabulary";
import type { Detection, InterventionKind } from "@/lib/vocabulary";

/** One problem of one row: the field (its column is in the mapping) and a catalog key. */
export type RowProblem = AnyRowProblem<InterventionImportField>;

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

/**
 * Reads one mapped row of an interventions file into what the log stores, or says what is
 * wrong with it (every problem of the row, not just the first).
 */
export function readInterventionRow(
  cells: readonly string[],
  mapping: ColumnMapping<InterventionImportField>,
  options: RowOptions,
): RowReading<ImportedIntervention, InterventionImportField> {
  const problems: RowProblem[] = [];
  const cell = (field: InterventionImportField) => cellOf(cells, mapping, field);
  /** A problem of this import (`invalidHours`), or one every import shares (`imports.errors.required`). */
  const problem = (field: InterventionImportField, key: string) =>
    problems.push({ field, key: key.includes(".") ? key : `interventions.import.errors.${key}` });

  const orgName = cell("organization");
  const organizationId = options.organization.id;
  if (
    orgName &&
    organizationNameKey(orgName) !== organizationNameKey(options.organization.name) &&
    orgName !== organizationId
  )
    problem("organization", "otherOrganization");

  const occurredOn = parseDay(cell("occurredOn"), options.dateOrder);
  if (!cell("occurredOn")) problem("occurredOn", "imports.errors.required");
  else if (!occurredOn) problem("occurredOn", "imports.errors.invalidDate");
  else if (occurredOn > options.today) problem("occurredOn", "imports.errors.inFuture");
  else if (occurredOn < "2000-01-01") problem("occurredOn", "imports.errors.dateOutOfRange");

  const hours = parseDecimal(cell("hours"), options.decimalComma);
  if (!cell("hours")) problem("hours", "imports.errors.required");
  else if (hours === null || hours < 0 || hours > 1_000) problem("hours", "invalidHours");

  const amountText = cell("amountBilled");
  const amountBilled = amountText ? parseDecimal(amountText, options.decimalComma) : null;
  if (amountText && (amountBilled === null || amountBilled < 0 || amountBilled > 10_000_000))
    problem("amountBilled", "invalidAmount");

  const category = cell("category");
  if (!category) problem("category", "imports.errors.required");
  else if (category.length > CATEGORY_MAX) problem("category", "imports.errors.tooLong");

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
  if (!TRUE.test(recurringText) && !FALSE.test(recurringText)) problem("recurringCause", "imports.errors.invalidFlag");

  const kindText = cell("kind").toLowerCase();
  const kind: InterventionKind = /time|entry|hours/.test(kindText) ? "TIME_ENTRY" : "TICKET";

  const externalId = cell("externalId") || null;
  if (externalId && externalId.length > 120) problem("externalId", "imports.errors.tooLong");
  const note = cell("note") || null;
  if (note && note.length > 2_000) problem("note", "imports.errors.tooLong");

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
