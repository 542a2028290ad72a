import { z } from "zod";
import {
  ECONOMICS,
  ECONOMICS_KEYS,
  HISTORY_MONTHS,
  INPUT_FIELD_NAMES,
  INPUT_FIELDS,
  OPTIONAL_FIELDS,
  type EconomicsKey,
  type IncidentHistory,
  type Economics,
  type FieldDef,
  type InputField,
  type InputValues,
} from "@/lib/engine";
import { ECONOMICS_MAX } from "@/lib/engine/vocabulary";
import { optionalChoice } from "@/lib/domain/organizations/schemas";
import { expectedVersion, id, idempotencyKey } from "@/lib/validation/fields";
import { optionalAmount, optionalWholeNumber } from "@/lib/domain/organizations/numbers";

/**
 * The assessment form's fields: the engine's input fields (lib/engine/fields.ts), each in the
 * shape a form sends (strings; "" = not answered yet), derived from its kind. Every field may be
 * empty in a draft; finalizing requires them all and validates the whole input with the engine's
 * own schema (finalize-assessment.ts). Bounds and value lists come from the engine's table, so
 * the two cannot drift.
 */
const yesNo = () =>
  z.preprocess((v) => {
    if (v === "yes" || v === "true" || v === true) return true;
    if (v === "no" || v === "false" || v === false) return false;
    return v === "" || v === undefined ? null : v;
  }, z.boolean().nullable());

function formField(def: FieldDef): z.ZodType {
  switch (def.kind) {
    case "count":
      return optionalWholeNumber(def.min, def.max);
    case "flag":
      return yesNo();
    case "choice":
      return optionalChoice(def.values as [string, ...string[]]);
    case "set":
      return z
        .array(z.enum(def.values as [string, ...string[]]))
        .max(def.values.length)
        .refine((list) => new Set(list).size === list.length, { message: "invalid" })
        .default([]);
  }
}

/** The economics fields, in the engine's order (one list: lib/engine/economics-keys.ts). */
export const ECONOMICS_FIELDS = ECONOMICS_KEYS;

/** Overrides of the tenant's pricing defaults; blank = use the default. Stored without the blanks. */
export const economicsFormSchema = z
  .object(
    Object.fromEntries(
      ECONOMICS_KEYS.map((key) => {
        const def = ECONOMICS[key];
        return [key, "integer" in def ? optionalWholeNumber(def.min, def.max) : optionalAmount(def.min, def.max)];
      }),
    ) as unknown as { [K in EconomicsKey]: z.ZodType<number | null> },
  )
  .strict()
  .transform((e): Economics | null => {
    const set = Object.entries(e).filter(([, v]) => v !== null && v !== undefined);
    return set.length ? (Object.fromEntries(set) as Economics) : null;
  });

/**
 * The client's history as the form asks it: interventions and technician hours billed over the
 * last 12 months, both optional. Stored as the engine's `incidentHistory` (source "assessment"),
 * or null when both are blank (the engine then estimates from size).
 */
export const incidentHistoryFormSchema = z
  .object({
    incidents: optionalWholeNumber(0, 1_000_000),
    hours: optionalAmount(0, ECONOMICS_MAX),
  })
  .strict()
  .transform((h): IncidentHistory | null => {
    if (h.incidents === null && h.hours === null) return null;
    return {
      ...(h.incidents !== null ? { incidents: h.incidents } : {}),
      ...(h.hours !== null ? { hours: h.hours } : {}),
      months: HISTORY_MONTHS.max,
      source: "assessment",
    };
  });

/** A draft's answer to each field: the engine's value, or null while unanswered (a set is a list, maybe empty). */
export type DraftValue<F extends InputField> = InputValues[F] extends unknown[]
  ? InputValues[F]
  : InputValues[F] | null;

export const assessmentFields = {
  ...(Object.fromEntries(INPUT_FIELD_NAMES.map((f) => [f, formField(INPUT_FIELDS[f])])) as unknown as {
    [F in InputField]: z.ZodType<DraftValue<F>>;
  }),
  incidentHistory: incidentHistoryFormSchema.optional().transform((h) => h ?? null),
  economics: economicsFormSchema.optional().transform((e) => e ?? null),
};

export type AssessmentDraftFields = z.output<z.ZodObject<typeof assessmentFields>>;
export type AssessmentFieldName = keyof typeof assessmentFields;

/** The engine's cross-field rule, also on drafts: checked whenever both counts are valid numbers. */
function withRemoteUsersRule<T extends z.ZodType<{ headcount: number | null; remoteUsers: number | null }>>(schema: T) {
  return schema.refine(
    (value) => value.headcount === null || value.remoteUsers === null || value.remoteUsers <= value.headcount,
    {
      path: ["remoteUsers"],
      message: "remoteUsersAboveHeadcount",
      when: (payload) => {
        const v = payload.value as { headcount?: unknown; remoteUsers?: unknown } | null;
        return typeof v?.headcount === "number" && typeof v?.remoteUsers === "number";
      },
    },
  );
}

/** Form-side checks (no ids): the assessment form validates a step with `.pick()` of this. */
export const assessmentFieldsSchema = z.object(assessmentFields).strict();

export const createAssessmentSchema = withRemoteUsersRule(
  z.object({ organizationId: id(), idempotencyKey: idempotencyKey(), ...assessmentFields }).strict(),
);
export type CreateAssessmentInput = z.output<typeof createAssessmentSchema>;

/** Saving a draft and finalizing take the same input: the form's values and the version loaded. */
export const saveAssessmentSchema = withRemoteUsersRule(
  z.object({ id: id(), expectedVersion: expectedVersion(), ...assessmentFields }).strict(),
);
export type SaveAssessmentInput = z.output<typeof saveAssessmentSchema>;

/** The engine fields in contract order, for the database columns. */
export const ENGINE_FIELDS = INPUT_FIELD_NAMES;
/** The fields finalizing requires (the optional ones may stay blank: the engine says what it assumes). */
export const REQUIRED_FIELDS = INPUT_FIELD_NAMES.filter((f) => !(OPTIONAL_FIELDS as readonly string[]).includes(f));
