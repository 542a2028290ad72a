import type { AssessmentInput } from "./schema";
import type { EconomicsResolution, EconomicsSource, ResolvedEconomics, EconomicsKey } from "./economics";
import { DEFAULT_ECONOMICS, SIZE_DERIVED } from "./economics";
import type { ServiceModel } from "./vocabulary";
import { text, type Text } from "./text";

/**
 * Seed: "Break fix often looks cheaper in the short term. It can become more expensive as soon as
 * incidents multiply or technical debt starts building up." and "Once the environment starts
 * drifting, the budget becomes harder to predict."
 *
 * Break-fix incidents drift: +1% a month, +0.5 point per trigger present (up to 4% with all six),
 * compounding, capped at 3× the starting level. Hybrid: the package removes 15% of incidents per
 * scope item (at most 50%) and the rest drifts at half the rate. Managed: 65% fewer incidents, no drift.
 */
export const COST_MODEL = {
  driftBase: 0.01,
  driftPerTrigger: 0.005,
  driftCap: 3,
  hybridDriftFactor: 0.5,
  hybridReductionPerScopeItem: 0.15,
  hybridMaxReduction: 0.5,
  managedReduction: 0.65,
} as const;

export const OUTSIDE_CONTRACT = ["migration", "renewal", "networkRedesign"] as const;

export interface ModelCosts {
  monthly: number[];
  cumulative: number[];
  total: number;
}

export interface CostParameters {
  breakFixDriftPerMonth: number;
  hybridDriftPerMonth: number;
  driftCap: number;
  hybridIncidentReduction: number;
  managedIncidentReduction: number;
}

export interface CostComparison {
  horizonMonths: number;
  assumptions: ResolvedEconomics;
  assumptionSources: Record<EconomicsKey, EconomicsSource>;
  parameters: CostParameters;
  BREAK_FIX: ModelCosts;
  HYBRID: ModelCosts;
  MANAGED: ModelCosts;
  breakEvenMonth: number | null;
  breakEvenAgainst: "HYBRID" | "MANAGED";
  outsideContract: (typeof OUTSIDE_CONTRACT)[number][];
  notes: Text[];
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * Money is summed in integer cents, so cumulative totals are exact and deterministic.
 * Month m costs `fixed + variable × growth[m]` (growth from `driftFactors`).
 */
function series(fixed: number, variable: number, growth: readonly number[]): { cents: number[]; costs: ModelCosts } {
  const cents: number[] = [];
  const monthly: number[] = [];
  const cumulative: number[] = [];
  let running = 0;
  for (const factor of growth) {
    const c = Math.round((fixed + variable * factor) * 100);
    running += c;
    cents.push(running);
    monthly.push(c / 100);
    cumulative.push(running / 100);
  }
  return { cents, costs: { monthly, cumulative, total: running / 100 } };
}

/** Incident level of each month relative to month 1: (1 + rate)^(m − 1), capped at `driftCap`. */
function driftFactors(rate: number, horizon: number): number[] {
  const factors: number[] = [];
  for (let month = 1; month <= horizon; month += 1) {
    factors.push(Math.min(COST_MODEL.driftCap, Math.pow(1 + rate, month - 1)));
  }
  return factors;
}

export function compareCosts(
  input: AssessmentInput,
  recommendation: ServiceModel,
  triggerCount: number,
  hybridScopeSize: number,
  economics: EconomicsResolution,
): CostComparison {
  const e = economics.values;
  const horizon = e.horizonMonths;
  const perIncident = e.hoursPerIncident * e.hourlyRate + e.downtimeHoursPerIncident * e.downtimeCostPerHour;
  const incidentCost = e.incidentsPerMonth * perIncident;
  const breakFixDrift = round6(COST_MODEL.driftBase + COST_MODEL.driftPerTrigger * triggerCount);
  const hybridDrift = round6(breakFixDrift * COST_MODEL.hybridDriftFactor);
  const hybridReduction = round6(
    Math.min(COST_MODEL.hybridMaxReduction, COST_MODEL.hybridReductionPerScopeItem * hybridScopeSize),
  );

  const flat = driftFactors(0, horizon);
  const breakFix = series(0, incidentCost, driftFactors(breakFixDrift, horizon));
  const hybrid = series(
    e.hybridFeePerUserMonth * input.headcount,
    incidentCost * (1 - hybridReduction),
    driftFactors(hybridDrift, horizon),
  );
  const managed = series(
    e.managedFeePerUserMonth * input.headcount,
    incidentCost * (1 - COST_MODEL.managedReduction),
    flat,
  );

  const against = recommendation === "HYBRID" ? "HYBRID" : "MANAGED";
  const againstCents = (against === "HYBRID" ? hybrid : managed).cents;
  const index = againstCents.findIndex((value, i) => value <= (breakFix.cents[i] ?? -1));
  const breakEvenMonth = index === -1 ? null : index + 1;

  return {
    horizonMonths: horizon,
    assumptions: e,
    assumptionSources: economics.sources,
    parameters: {
      breakFixDriftPerMonth: breakFixDrift,
      hybridDriftPerMonth: hybridDrift,
      driftCap: COST_MODEL.driftCap,
      hybridIncidentReduction: hybridReduction,
      managedIncidentReduction: COST_MODEL.managedReduction,
    },
    BREAK_FIX: breakFix.costs,
    HYBRID: hybrid.costs,
    MANAGED: managed.costs,
    breakEvenMonth,
    breakEvenAgainst: against,
    outsideContract: [...OUTSIDE_CONTRACT],
    notes: costNotes(economics, breakFixDrift, against, breakEvenMonth, horizon),
  };
}

function costNotes(
  economics: EconomicsResolution,
  breakFixDrift: number,
  against: "HYBRID" | "MANAGED",
  breakEvenMonth: number | null,
  horizon: number,
): Text[] {
  const notes = [
    text("engine.costs.note.projects"),
    text("engine.costs.note.operatingLogic"),
    text("engine.costs.note.drift", { rate: round6(breakFixDrift * 100), cap: COST_MODEL.driftCap }),
    breakEvenMonth === null
      ? text("engine.costs.note.noBreakEven", { months: horizon, model: text(`engine.model.${against}`) })
      : text(`engine.costs.note.breakEven.${against}`, { month: breakEvenMonth }),
  ];
  if (economics.sources.incidentsPerMonth === "derived") {
    notes.push(
      text("engine.costs.note.derivedIncidents", {
        perSeat: SIZE_DERIVED.incidentsPerSeat,
        floor: DEFAULT_ECONOMICS.incidentsPerMonth,
      }),
    );
  }
  if (economics.sources.downtimeCostPerHour === "derived") {
    notes.push(
      text("engine.costs.note.derivedDowntime", {
        perPerson: SIZE_DERIVED.downtimeCostPerPerson,
        floor: DEFAULT_ECONOMICS.downtimeCostPerHour,
      }),
    );
  }
  return notes;
}
