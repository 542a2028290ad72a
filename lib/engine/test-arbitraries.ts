/**
 * fast-check generators of VALID assessments, for the engine's property tests and any other
 * test that needs realistic inputs. Test-only: not exported from index.ts (no fast-check in the app).
 */
import fc from "fast-check";
import type { AssessmentInput, Economics, IncidentHistory } from "./schema";
import { HISTORY_MONTHS, HISTORY_SOURCES } from "./vocabulary";
import { ECONOMICS, ECONOMICS_KEYS, type EconomicsDef, type EconomicsKey, type EconomicsUnit } from "./economics-keys";
import {
  INPUT_FIELD_NAMES,
  INPUT_FIELDS,
  type CountField,
  type FieldDef,
  type InputField,
  type InputValues,
} from "./fields";

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

/** Realistic upper ends of generated economics, by unit (the schema allows more). */
const GENERATED_MAX: Record<EconomicsUnit, number> = { money: 5_000, months: 120 };

export const arbEconomics: fc.Arbitrary<Economics> = fc.record(
  Object.fromEntries(
    ECONOMICS_KEYS.map((key) => {
      const def: EconomicsDef = ECONOMICS[key];
      const max = Math.min(def.max, GENERATED_MAX[def.unit]);
      return [
        key,
        def.integer
          ? fc.integer({ min: def.min, max })
          : fc.double({ min: def.min, max, noNaN: true, noDefaultInfinity: true }),
      ];
    }),
  ) as { [K in EconomicsKey]: fc.Arbitrary<number> },
  { requiredKeys: [] },
);

/** A client's own history, typed in the assessment or from the interventions log (incidents, hours or both). */
export const arbIncidentHistory: fc.Arbitrary<IncidentHistory> = fc
  .record(
    {
      incidents: fc.integer({ min: 0, max: 2_000 }),
      hours: fc.double({ min: 0, max: 5_000, noNaN: true, noDefaultInfinity: true }),
      months: fc.integer({ min: HISTORY_MONTHS.min, max: HISTORY_MONTHS.max }),
      source: fc.constantFrom(...HISTORY_SOURCES),
    },
    { requiredKeys: ["source"] },
  )
  .filter((h) => h.incidents !== undefined || h.hours !== undefined);

/** Every choice, flag and set field, drawn from its definition (fields.ts). */
const arbAnswers = fc.record(
  Object.fromEntries(
    INPUT_FIELD_NAMES.flatMap((f): [string, fc.Arbitrary<unknown>][] => {
      const def: FieldDef = INPUT_FIELDS[f];
      const maybe = (a: fc.Arbitrary<unknown>) => (def.optional ? fc.option(a, { nil: undefined, freq: 4 }) : a);
      if (def.kind === "choice") return [[f, maybe(fc.constantFrom(...def.values))]];
      if (def.kind === "flag") return [[f, maybe(fc.boolean())]];
      if (def.kind === "set") return [[f, maybe(fc.shuffledSubarray([...def.values]))]];
      return [];
    }),
  ) as { [F in Exclude<InputField, CountField>]: fc.Arbitrary<InputValues[F]> },
);

export const arbAssessmentInput: fc.Arbitrary<AssessmentInput> = arbHeadcount.chain((headcount) =>
  fc
    .record({
      headcount: fc.constant(headcount),
      endpoints: arbEndpoints,
      sites: arbSites,
      remoteUsers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: headcount })),
      itUsers: fc.option(fc.integer({ min: 0, max: headcount }), { nil: undefined, freq: 3 }),
      answers: arbAnswers,
      incidentHistory: fc.option(arbIncidentHistory, { nil: undefined, freq: 3 }),
      economics: fc.option(arbEconomics, { nil: undefined, freq: 2 }),
    })
    .map(({ answers, incidentHistory, economics, ...counts }) => {
      const input = { ...counts, ...answers } as AssessmentInput;
      // In contract order, as a form or the CLI would send it; an absent optional field is left out.
      const ordered = Object.fromEntries(
        INPUT_FIELD_NAMES.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]),
      ) as unknown as AssessmentInput;
      return {
        ...ordered,
        ...(incidentHistory === undefined ? {} : { incidentHistory }),
        ...(economics === undefined ? {} : { economics }),
      };
    }),
);

/** A small environment where all five break-fix conditions hold (to reach BREAK_FIX often). */
export const arbSmallAssessmentInput: fc.Arbitrary<AssessmentInput> = arbAssessmentInput.map((input) => ({
  ...input,
  headcount: Math.min(input.headcount, 12),
  remoteUsers: Math.min(input.remoteUsers, Math.min(input.headcount, 12)),
  ...(input.itUsers === undefined ? {} : { itUsers: Math.min(input.itUsers, input.headcount, 12) }),
  endpoints: Math.min(input.endpoints, 20),
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
