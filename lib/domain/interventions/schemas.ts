import { z } from "zod";
import { csvText, importSettingsSchema } from "@/lib/import/schemas";
import { INTERVENTION_IMPORT_FIELDS } from "@/lib/interventions/import-columns";
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

/** How an interventions file is read (lib/import/schemas.ts). */
export const interventionImportSettingsSchema = importSettingsSchema(INTERVENTION_IMPORT_FIELDS);

/**
 * One CSV file of interventions for one organization: the preview reads it (settings null:
 * suggested from the file), the import writes it with the settings the user confirmed.
 */
export const interventionImportSchema = z
  .object({
    organizationId: id(),
    sourceSystem: text(60),
    csv: csvText(),
    settings: interventionImportSettingsSchema.nullable(),
  })
  .strict();
export type InterventionImportInput = z.output<typeof interventionImportSchema>;
