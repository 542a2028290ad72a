import { z } from "zod";
import { DATE_ORDERS } from "@/lib/import/dates";
import { INTERVENTION_IMPORT_FIELD_NAMES, type InterventionImportField } from "@/lib/interventions/import-columns";
import { CATEGORY_MAX } from "@/lib/interventions/vocabulary";
import { DETECTIONS, INTERVENTION_KINDS } from "@/lib/vocabulary";
import {
  bool,
  decimal,
  id,
  idempotencyKey,
  int,
  isoDate,
  optionalDecimal,
  optionalIsoDate,
  optionalLongText,
  optionalText,
  text,
} from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/**
 * One intervention as a person (the quick-add form) or an import writes it. The amount is
 * optional: without it, hours × the tenant's hourly rate (recorded with the rate used).
 */
export const interventionFields = {
  occurredOn: isoDate(),
  kind: z.enum(INTERVENTION_KINDS),
  hours: decimal(0, 1_000),
  amountBilled: optionalDecimal(0, 10_000_000),
  category: text(CATEGORY_MAX),
  detection: z.enum(DETECTIONS),
  peopleAffected: int(0, 100_000),
  recurringCause: bool(),
  sourceSystem: optionalText(LIMITS.interventionSource),
  externalId: optionalText(LIMITS.externalId),
  note: optionalLongText(LIMITS.mediumText),
};

export const createInterventionSchema = z
  .object({ organizationId: id(), idempotencyKey: idempotencyKey(), ...interventionFields })
  .strict();
export type CreateInterventionInput = z.output<typeof createInterventionSchema>;

export const deleteInterventionSchema = z.object({ id: id() }).strict();
export type DeleteInterventionInput = z.output<typeof deleteInterventionSchema>;

/** The organization page's filters (search params): a bad value is dropped, never an error page. */
export const interventionFiltersSchema = z
  .object({
    from: optionalIsoDate().catch(null),
    to: optionalIsoDate().catch(null),
    category: optionalText(CATEGORY_MAX).catch(null),
    detection: z.enum(DETECTIONS).optional().catch(undefined),
    recurring: z.enum(["yes"]).optional().catch(undefined),
    before: id().optional().catch(undefined),
  })
  .strip();
export type InterventionFilters = z.output<typeof interventionFiltersSchema>;

/**
 * The largest CSV an import takes at once, in bytes (the browser checks the file's size first;
 * the server refuses a longer text). About 55,000 typical time entries.
 */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const column = z.number().int().min(0).max(1_000).nullable();

/** How a file is read: a column index (or null) per field, the date order and the decimal mark. */
export const interventionImportSettingsSchema = z
  .object({
    mapping: z
      .object(
        Object.fromEntries(INTERVENTION_IMPORT_FIELD_NAMES.map((f) => [f, column])) as Record<
          InterventionImportField,
          typeof column
        >,
      )
      .strict(),
    dateOrder: z.enum(DATE_ORDERS),
    decimalComma: z.boolean(),
  })
  .strict();

/**
 * One CSV file of interventions for one organization: the preview reads it (settings null:
 * suggested from the file), the import writes it with the settings the user confirmed.
 */
export const interventionImportSchema = z
  .object({
    organizationId: id(),
    sourceSystem: text(60),
    csv: z.string().min(1).max(IMPORT_MAX_BYTES, { message: "fileTooLarge" }),
    settings: interventionImportSettingsSchema.nullable(),
  })
  .strict();
export type InterventionImportInput = z.output<typeof interventionImportSchema>;
