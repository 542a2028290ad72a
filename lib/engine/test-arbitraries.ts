/**
 * fast-check generators of VALID assessments, for the engine's property tests and any other
 * test that needs realistic inputs. Test-only: not exported from index.ts (no fast-check in the app).
 */
import fc from "fast-check";
import type { AssessmentInput, Economics } from "./schema";
import {
  BACKUP_STATES,
  BUSINESS_APP_DEPENDENCIES,
  CLOUD_SERVICES,
  CONTINUITY_REQUIREMENTS,
  DIGITAL_DEPENDENCES,
  HORIZON_LIMITS,
  INTERRUPTION_TOLERANCES,
} from "./vocabulary";

/** Mostly SMB sizes around the engine's boundaries (10, 25, 50), sometimes large. */
const arbHeadcount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_000 }) },
);
const arbEndpoints = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 80 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
);
const arbSites = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 50 }) },
);

const money = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

export const arbEconomics: fc.Arbitrary<Economics> = fc.record(
  {
    incidentsPerMonth: money(40),
    hoursPerIncident: money(8),
    hourlyRate: money(250),
    downtimeHoursPerIncident: money(24),
    downtimeCostPerHour: money(5_000),
    managedFeePerUserMonth: money(300),
    hybridFeePerUserMonth: money(150),
    horizonMonths: fc.integer({ min: HORIZON_LIMITS.min, max: HORIZON_LIMITS.max }),
  },
  { requiredKeys: [] },
);

export const arbAssessmentInput: fc.Arbitrary<AssessmentInput> = arbHeadcount.chain((headcount) =>
  fc.record(
    {
      headcount: fc.constant(headcount),
      endpoints: arbEndpoints,
      sites: arbSites,
      remoteUsers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: headcount })),
      cloudServices: fc.shuffledSubarray([...CLOUD_SERVICES]),
      centralFileSharing: fc.boolean(),
      backups: fc.constantFrom(...BACKUP_STATES),
      businessAppDependency: fc.constantFrom(...BUSINESS_APP_DEPENDENCIES),
      continuityRequirement: fc.constantFrom(...CONTINUITY_REQUIREMENTS),
      interruptionTolerance: fc.constantFrom(...INTERRUPTION_TOLERANCES),
      digitalDependence: fc.constantFrom(...DIGITAL_DEPENDENCES),
      needsPredictableBudget: fc.boolean(),
      needsMonthlySteering: fc.boolean(),
      economics: arbEconomics,
    },
    {
      requiredKeys: [
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
      ],
    },
  ),
);

/** A small environment where all five break-fix conditions hold (to reach BREAK_FIX often). */
export const arbSmallAssessmentInput: fc.Arbitrary<AssessmentInput> = arbAssessmentInput.map((input) => ({
  ...input,
  headcount: Math.min(input.headcount, 10),
  remoteUsers: Math.min(input.remoteUsers, Math.min(input.headcount, 10)),
  endpoints: Math.min(input.endpoints, 25),
  sites: 1,
  digitalDependence: "low",
  businessAppDependency: input.businessAppDependency === "high" ? "low" : input.businessAppDependency,
  continuityRequirement: input.continuityRequirement === "strong" ? "moderate" : input.continuityRequirement,
  interruptionTolerance: "high",
}));

/** Both generators, so properties see all three recommendations in good proportion. */
export const arbAnyAssessmentInput: fc.Arbitrary<AssessmentInput> = fc.oneof(
  arbAssessmentInput,
  arbSmallAssessmentInput,
);
