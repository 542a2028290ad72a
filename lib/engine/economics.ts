import type { AssessmentInput, Economics } from "./schema";
import { HORIZON_LIMITS } from "./vocabulary";

export { ECONOMICS_KEYS, type EconomicsKey } from "./economics-keys";
import type { EconomicsKey } from "./economics-keys";
import { ECONOMICS_KEYS } from "./economics-keys";
export type ResolvedEconomics = Required<{ [K in EconomicsKey]: number }>;

/**
 * Built-in defaults, used when neither the assessment (`input.economics`) nor the tenant
 * (`options.defaults`) sets a value. Two of them scale with size (see SIZE_DERIVED): for those
 * the value below is the floor of the estimate.
 */
export const DEFAULT_ECONOMICS: Required<Economics> = {
  incidentsPerMonth: 1.5,
  hoursPerIncident: 1.5,
  hourlyRate: 95,
  downtimeHoursPerIncident: 2,
  downtimeCostPerHour: 100,
  managedFeePerUserMonth: 110,
  hybridFeePerUserMonth: 40,
  horizonMonths: 36,
};

/**
 * Size-derived defaults:
 * - incidentsPerMonth = max(1.5, 0.15 × max(endpoints, headcount)): about one incident a month
 *   for every seven devices or people;
 * - downtimeCostPerHour = max(100, 10 × headcount): an hour of IT down costs about 10 per person.
 */
export const SIZE_DERIVED = { incidentsPerSeat: 0.15, downtimeCostPerPerson: 10 } as const;

export type EconomicsSource = "input" | "tenant" | "derived" | "default";

export interface EconomicsResolution {
  values: ResolvedEconomics;
  sources: Record<EconomicsKey, EconomicsSource>;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function builtIn(key: EconomicsKey, input: AssessmentInput): { value: number; source: EconomicsSource } {
  if (key === "incidentsPerMonth") {
    const seats = Math.max(input.endpoints, input.headcount);
    return {
      value: round2(Math.max(DEFAULT_ECONOMICS.incidentsPerMonth, SIZE_DERIVED.incidentsPerSeat * seats)),
      source: "derived",
    };
  }
  if (key === "downtimeCostPerHour") {
    return {
      value: round2(
        Math.max(DEFAULT_ECONOMICS.downtimeCostPerHour, SIZE_DERIVED.downtimeCostPerPerson * input.headcount),
      ),
      source: "derived",
    };
  }
  return { value: DEFAULT_ECONOMICS[key], source: "default" };
}

/** input.economics overrides the tenant's defaults field by field, which override the built-ins. */
export function resolveEconomics(input: AssessmentInput, tenantDefaults: Partial<Economics> = {}): EconomicsResolution {
  const values = {} as ResolvedEconomics;
  const sources = {} as Record<EconomicsKey, EconomicsSource>;
  for (const key of ECONOMICS_KEYS) {
    const own = input.economics?.[key];
    const tenant = tenantDefaults[key];
    const chosen =
      own !== undefined
        ? { value: own, source: "input" as const }
        : tenant !== undefined
          ? { value: tenant, source: "tenant" as const }
          : builtIn(key, input);
    values[key] = chosen.value;
    sources[key] = chosen.source;
  }
  // Library callers are typed but not parsed: keep the horizon a whole number within bounds.
  values.horizonMonths = Math.min(HORIZON_LIMITS.max, Math.max(HORIZON_LIMITS.min, Math.trunc(values.horizonMonths)));
  return { values, sources };
}
