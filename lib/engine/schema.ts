import { z } from "zod";
import { encodeText, issueMessageMap } from "./issue-text";
import { text } from "./text";
import {
  BACKUP_STATES,
  BUSINESS_APP_DEPENDENCIES,
  CLOUD_SERVICES,
  CONTINUITY_REQUIREMENTS,
  COUNT_LIMITS,
  DIGITAL_DEPENDENCES,
  ECONOMICS_MAX,
  HORIZON_LIMITS,
  INTERRUPTION_TOLERANCES,
} from "./vocabulary";

/**
 * The input schemas. Their issues carry texts (codes with parameters, see issue-text.ts), read
 * back by `validateAssessmentInput` / `validateEconomics`: the engine never writes a sentence.
 */
function buildSchemas() {
  const e = { error: issueMessageMap() };
  const whole = { error: issueMessageMap({ integer: true }) };
  const count = (limits: { min: number; max: number }) => z.int(whole).min(limits.min, whole).max(limits.max, whole);
  const amount = () => z.number(e).min(0, e).max(ECONOMICS_MAX, e).optional();

  const economicsSchema = z
    .object(
      {
        incidentsPerMonth: amount(),
        hoursPerIncident: amount(),
        hourlyRate: amount(),
        downtimeHoursPerIncident: amount(),
        downtimeCostPerHour: amount(),
        managedFeePerUserMonth: amount(),
        hybridFeePerUserMonth: amount(),
        horizonMonths: count(HORIZON_LIMITS).optional(),
      },
      e,
    )
    .strict();

  const cloudServices = z.array(z.enum(CLOUD_SERVICES, e), e).refine((list) => new Set(list).size === list.length, {
    error: () => encodeText(text("engine.validation.duplicateService")),
  });

  /** The contract's input, field by field, without cross-field rules (forms `.pick()` it). */
  const assessmentInputShape = z
    .object(
      {
        headcount: count(COUNT_LIMITS.headcount),
        endpoints: count(COUNT_LIMITS.endpoints),
        sites: count(COUNT_LIMITS.sites),
        remoteUsers: count(COUNT_LIMITS.remoteUsers),
        cloudServices,
        centralFileSharing: z.boolean(e),
        backups: z.enum(BACKUP_STATES, e),
        businessAppDependency: z.enum(BUSINESS_APP_DEPENDENCIES, e),
        continuityRequirement: z.enum(CONTINUITY_REQUIREMENTS, e),
        interruptionTolerance: z.enum(INTERRUPTION_TOLERANCES, e),
        digitalDependence: z.enum(DIGITAL_DEPENDENCES, e),
        needsPredictableBudget: z.boolean(e),
        needsMonthlySteering: z.boolean(e),
        economics: economicsSchema.optional(),
      },
      e,
    )
    .strict();

  /** The shape plus `remoteUsers <= headcount`, checked whenever both counts are valid. */
  const assessmentInputSchema = assessmentInputShape.refine((input) => input.remoteUsers <= input.headcount, {
    path: ["remoteUsers"],
    when: (payload) => bothCountsValid(payload.value),
    error: (issue) => encodeText(text("engine.validation.remoteUsers", { headcount: headcountOf(issue.input) })),
  });

  return { economicsSchema, assessmentInputShape, assessmentInputSchema };
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function bothCountsValid(value: unknown): boolean {
  return [field(value, "headcount"), field(value, "remoteUsers")].every(
    (n) => typeof n === "number" && Number.isSafeInteger(n),
  );
}

function headcountOf(value: unknown): number {
  return Number(field(value, "headcount"));
}

const schemas = buildSchemas();

export const economicsSchema = schemas.economicsSchema;
export const assessmentInputShape = schemas.assessmentInputShape;
export const assessmentInputSchema = schemas.assessmentInputSchema;

export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
export type Economics = z.infer<typeof economicsSchema>;
