/**
 * What an interventions import can fill, and the headers of common PSA time-entry and ticket
 * exports that mean it (compared case-, accent- and punctuation-insensitively). Any column can
 * also be mapped by hand; a field no column maps to takes its default (see `required`). A file is
 * imported into one organization: its organization column, when mapped, only checks each row
 * names that one (an export of several clients is refused row by row, not split).
 */
export const INTERVENTION_IMPORT_FIELDS = {
  organization: {
    required: false,
    headers: ["organization", "organisation", "company", "company name", "client", "customer", "account", "site"],
  },
  occurredOn: {
    required: true,
    headers: ["date", "date worked", "work date", "start date", "created", "date created", "opened", "entry date"],
  },
  hours: {
    required: true,
    headers: ["hours", "hours worked", "worked hours", "time spent", "duration", "actual hours", "billable hours"],
  },
  amountBilled: {
    required: false,
    headers: ["amount", "amount billed", "billable amount", "billed amount", "billed", "total", "extended price"],
  },
  category: {
    required: true,
    headers: ["category", "work type", "issue type", "type", "ticket type", "service", "board", "queue"],
  },
  detection: { required: false, headers: ["detection", "source", "ticket source", "origin", "detected by"] },
  peopleAffected: { required: false, headers: ["people affected", "users affected", "people stopped", "impact users"] },
  recurringCause: { required: false, headers: ["recurring", "recurring cause", "repeat", "known problem"] },
  externalId: {
    required: false,
    headers: ["id", "ticket", "ticket id", "ticket number", "ticket #", "entry id", "time entry id", "external id"],
  },
  kind: { required: false, headers: ["kind", "entry type", "record type"] },
  note: { required: false, headers: ["note", "notes", "summary", "title", "description", "subject"] },
} as const satisfies Record<string, { required: boolean; headers: readonly string[] }>;

export type InterventionImportField = keyof typeof INTERVENTION_IMPORT_FIELDS;
export const INTERVENTION_IMPORT_FIELD_NAMES = Object.keys(INTERVENTION_IMPORT_FIELDS) as InterventionImportField[];

/** "Date Worked", "date_worked", "DATE-WORKED" and "Dâte worked" all read "date worked". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_\-./]+/g, " ")
    .replace(/[^a-z0-9# ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A column index per field (or null): each column is used once, earlier synonyms first. */
export type ColumnMapping = Record<InterventionImportField, number | null>;

export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping = {} as ColumnMapping;
  for (const field of INTERVENTION_IMPORT_FIELD_NAMES) {
    mapping[field] = null;
    for (const synonym of INTERVENTION_IMPORT_FIELDS[field].headers) {
      const index = normalized.findIndex((h, i) => h === synonym && !used.has(i));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** Required fields no column maps to. */
export function unmappedRequired(mapping: ColumnMapping): InterventionImportField[] {
  return INTERVENTION_IMPORT_FIELD_NAMES.filter((f) => INTERVENTION_IMPORT_FIELDS[f].required && mapping[f] === null);
}
