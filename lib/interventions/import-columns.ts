import { importFieldNames, type ImportFields } from "@/lib/import/columns";

/**
 * What an interventions import can fill, and the headers of common PSA time-entry and ticket
 * exports that mean it (lib/import/columns.ts reads the table). Any column can also be mapped by
 * hand; a field no column maps to takes its default (see `required`). A file is
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
} as const satisfies ImportFields;

export type InterventionImportField = keyof typeof INTERVENTION_IMPORT_FIELDS;
export const INTERVENTION_IMPORT_FIELD_NAMES = importFieldNames<InterventionImportField>(INTERVENTION_IMPORT_FIELDS);
