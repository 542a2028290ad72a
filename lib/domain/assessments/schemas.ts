import { z } from "zod";
import {
  BACKUP_STATES,
  BUSINESS_APP_DEPENDENCIES,
  CLOUD_SERVICES,
  CONTINUITY_REQUIREMENTS,
  COUNT_LIMITS,
  DIGITAL_DEPENDENCES,
  ECONOMICS_KEYS,
  ECONOMICS_MAX,
  HORIZON_LIMITS,
  INTERRUPTION_TOLERANCES,
  type AssessmentInput,
  type Economics,
} from "@/lib/engine";
import { optionalChoice } from "@/lib/domain/organizations/schemas";
import { expectedVersion, id, idempotencyKey } from "@/lib/validation/fields";
import { optionalAmount, optionalWholeNumber } from "@/lib/domain/organizations/numbers";

/**
 * The assessment form's fields: the engine's input contract (lib/engine/schema.ts), field by
 * field, in the shape a form sends (strings; "" = not answered yet). Every field may be empty in a
 * draft; finalizing requires them all and validates the whole input with the engine's own schema
 * (finalize-assessment.ts). Bounds and value lists come from the engine, so the two cannot drift.
 */
const count = (limits: { min: number; max: number }) => optionalWholeNumber(limits.min, limits.max);
const yesNo = () =>
  z.preprocess((v) => {
    if (v === "yes" || v === "true" || v === true) return true;
    if (v === "no" || v === "false" || v === false) return false;
    return v === "" || v === undefined ? null : v;
  }, z.boolean().nullable());

/** The economics fields, in the engine's order (one list: lib/engine/economics.ts). */
export const ECONOMICS_FIELDS = ECONOMICS_KEYS;

const amount = () => optionalAmount(0, ECONOMICS_MAX);
/** Overrides of the tenant's pricing defaults; blank = use the default. Stored without the blanks. */
export const economicsFormSchema = z
  .object({
    incidentsPerMonth: amount(),
    hoursPerIncident: amount(),
    hourlyRate: amount(),
    downtimeHoursPerIncident: amount(),
    downtimeCostPerHour: amount(),
    managedFeePerUserMonth: amount(),
    hybridFeePerUserMonth: amount(),
    horizonMonths: optionalWholeNumber(HORIZON_LIMITS.min, HORIZON_LIMITS.max),
  })
  .strict()
  .transform((e): Economics | null => {
    const set = Object.entries(e).filter(([, v]) => v !== null && v !== undefined);
    return set.length ? (Object.fromEntries(set) as Economics) : null;
  });

export const assessmentFields = {
  headcount: count(COUNT_LIMITS.headcount),
  endpoints: count(COUNT_LIMITS.endpoints),
  sites: count(COUNT_LIMITS.sites),
  remoteUsers: count(COUNT_LIMITS.remoteUsers),
  cloudServices: z
    .array(z.enum(CLOUD_SERVICES))
    .max(CLOUD_SERVICES.length)
    .refine((list) => new Set(list).size === list.length, { message: "invalid" })
    .default([]),
  centralFileSharing: yesNo(),
  backups: optionalChoice(BACKUP_STATES),
  businessAppDependency: optionalChoice(BUSINESS_APP_DEPENDENCIES),
  continuityRequirement: optionalChoice(CONTINUITY_REQUIREMENTS),
  interruptionTolerance: optionalChoice(INTERRUPTION_TOLERANCES),
  digitalDependence: optionalChoice(DIGITAL_DEPENDENCES),
  needsPredictableBudget: yesNo(),
  needsMonthlySteering: yesNo(),
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

/** The engine fields in contract order, for "which ones are missing" and the database columns. */
export const ENGINE_FIELDS = [
  "headcount",
  "endpoints",
  "sites",
  "remoteUsers",
  "cloudServices",
  "centralFileSharing",
  "backups",
  "businessAppDependency",
  "continuityRequirement",
  "interruptionTolerance",
  "digitalDependence",
  "needsPredictableBudget",
  "needsMonthlySteering",
] as const satisfies readonly (keyof AssessmentInput)[];
