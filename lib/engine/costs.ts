import type { AssessmentInput } from "./schema";
import type { EconomicsResolution } from "./economics";
import { ECONOMICS, ECONOMICS_KEYS, type EconomicsKey } from "./economics-keys";
import { BAND, COVERAGE, DOCUMENTATION_FACTOR, ESTIMATES, STOP_SHARE, usersOf } from "./estimates";
import { CRITICAL_ITEMS, type ScopeItem } from "./scope";
import { text, textList, type EngineKey, type Text } from "./text";
import type { ServiceModel } from "./vocabulary";

/**
 * Seed: "Break fix often looks cheaper in the short term. It can become more expensive as soon as
 * incidents multiply or technical debt starts building up." "MSP stabilizes the run. It does not
 * replace transformation projects." "The real criterion is not only price."
 *
 * Three sources, each named beside the value it gave (docs/engine.md, "The cost model"): the MSP's
 * price list (rates), this client's history (what really happened), estimates from size (used
 * only where the two say nothing). The costs never change the recommendation.
 */
export const OUTSIDE_CONTRACT = ["migration", "renewal", "networkRedesign"] as const;

/** What the comparison assumed, beyond the prices: the break-fix baseline and the downtime. */
export const BASELINE_KEYS = [
  "users",
  "incidentsPerMonth",
  "hoursPerIncident",
  "downtimeHoursBreakFix",
  "downtimeHoursManaged",
  "peopleStoppedPerIncident",
  "costPerPersonHour",
] as const;
export type BaselineKey = (typeof BASELINE_KEYS)[number];
export type AssumptionKey = BaselineKey | EconomicsKey;

/** The kind of value of each assumption (with the price list's units, economics-keys.ts), for the edge to format. */
export const ASSUMPTION_UNITS: Readonly<Record<AssumptionKey, "money" | "count" | "hours" | "months">> = {
  users: "count",
  incidentsPerMonth: "count",
  hoursPerIncident: "hours",
  downtimeHoursBreakFix: "hours",
  downtimeHoursManaged: "hours",
  peopleStoppedPerIncident: "count",
  costPerPersonHour: "money",
  ...(Object.fromEntries(ECONOMICS_KEYS.map((k) => [k, ECONOMICS[k].unit])) as Record<
    EconomicsKey,
    "money" | "months"
  >),
};

/** Where an assumption came from: an assessment's own price, the price list, a documented default price, this client's history, an estimate from size. */
export type AssumptionSource = "assessment" | "priceList" | "default" | "history" | "estimate";

export interface ModelCosts {
  monthly: number[];
  cumulative: number[];
  total: number;
  /** The band: cumulative costs in the low and high scenarios (BAND in estimates.ts). */
  cumulativeLow: number[];
  cumulativeHigh: number[];
  totalLow: number;
  totalHigh: number;
}

export interface CostParameters {
  breakFixDriftPerMonth: number;
  hybridDriftPerMonth: number;
  driftCap: number;
  prevention: number;
  hybridCoverage: number;
  sharedOutageShare: number;
}

export interface CostComparison {
  horizonMonths: number;
  assumptions: Record<AssumptionKey, number>;
  assumptionSources: Record<AssumptionKey, AssumptionSource>;
  parameters: CostParameters;
  BREAK_FIX: ModelCosts;
  HYBRID: ModelCosts;
  MANAGED: ModelCosts;
  breakEvenMonth: number | null;
  breakEvenAgainst: "HYBRID" | "MANAGED";
  /**
   * The recurring models' monthly contract price, before any incident or downtime: the hybrid
   * package for its scope, the managed fee. What a client's time-and-materials invoices compare with
   * (absent from results stored before 2026-12-01).
   */
  fees: { HYBRID: number; MANAGED: number };
  outsideContract: (typeof OUTSIDE_CONTRACT)[number][];
  notes: Text[];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The break-fix baseline: from the client's history where known, else from size. */
interface Baseline {
  incidents: number;
  hours: number;
  fromHistory: { incidents: boolean; hours: boolean };
}

function baselineOf(input: AssessmentInput, users: number, documentation: number): Baseline {
  const h = input.incidentHistory;
  const months = h?.months ?? 12;
  const estimatedHours = ESTIMATES.hoursPerIncident * documentation;
  const knownIncidents = h?.incidents !== undefined;
  const knownHours = h?.hours !== undefined;
  let incidents = ESTIMATES.incidentsPerEndpointMonth * input.endpoints + ESTIMATES.incidentsPerUserMonth * users;
  let hours = estimatedHours;
  if (knownIncidents) incidents = h!.incidents! / months;
  if (knownHours && knownIncidents) hours = h!.incidents! > 0 ? h!.hours! / h!.incidents! : estimatedHours;
  else if (knownHours) incidents = h!.hours! / months / estimatedHours;
  return {
    incidents: round6(incidents),
    hours: round6(hours),
    fromHistory: { incidents: knownIncidents || knownHours, hours: knownHours && knownIncidents && h!.incidents! > 0 },
  };
}

/** The people an average incident stops: most stop one person, a share stops a shared system (bounded). */
function peopleStopped(input: AssessmentInput, users: number): number {
  if (users === 0) return 0;
  const share = Math.min(
    STOP_SHARE.max,
    STOP_SHARE.digitalDependence[input.digitalDependence] +
      STOP_SHARE.businessAppDependency[input.businessAppDependency] +
      (input.centralFileSharing ? STOP_SHARE.centralFileSharing : 0),
  );
  const outage = Math.min(ESTIMATES.maxPeopleStopped, Math.max(1, share * users));
  return round6((1 - ESTIMATES.sharedOutageShare) * 1 + ESTIMATES.sharedOutageShare * outage);
}

/** Share of incidents the hybrid package covers, and its monthly price. */
function hybridPackage(
  scope: readonly ScopeItem[],
  prices: Record<EconomicsKey, number>,
  users: number,
  endpoints: number,
): { coverage: number; price: number } {
  let coverage = 0;
  let price = 0;
  for (const item of scope) {
    if (item === "backups") {
      coverage += COVERAGE.backups;
      price += prices.backupPerEndpoint * endpoints;
    } else if (item === "microsoft365" || item === "googleWorkspace") {
      coverage += COVERAGE[item];
      price += prices.suitePerUser * users;
    } else if (item === "monthlySteering") {
      price += prices.steeringPerMonth;
    } else if ((CRITICAL_ITEMS as readonly ScopeItem[]).includes(item)) {
      coverage += COVERAGE.criticalItem;
      price += prices.criticalItemPerMonth;
    }
  }
  return { coverage: round6(Math.min(COVERAGE.max, coverage)), price: round2(price) };
}

/** Incident level of each month relative to month 1: (1 + rate)^(m − 1), capped. */
function driftFactors(rate: number, horizon: number): number[] {
  const factors: number[] = [];
  for (let month = 1; month <= horizon; month += 1) {
    factors.push(Math.min(ESTIMATES.driftCap, Math.pow(1 + rate, month - 1)));
  }
  return factors;
}

/** One scenario of the comparison (expected, low or high): the multipliers of BAND. */
interface Scenario {
  incidents: number;
  hours: number;
  downtime: number;
  drift: number;
  prevention: number;
}

interface Series {
  cents: number[];
  monthly: number[];
}

/** Money summed in integer cents: cumulative totals are exact and deterministic. */
function series(month: (index: number) => number, horizon: number): Series {
  const cents: number[] = [];
  const monthly: number[] = [];
  let running = 0;
  for (let i = 0; i < horizon; i += 1) {
    const c = Math.round(month(i) * 100);
    running += c;
    cents.push(running);
    monthly.push(c / 100);
  }
  return { cents, monthly };
}

export function compareCosts({
  input,
  recommendation,
  triggerCount,
  hybridScope,
  economics,
}: {
  input: AssessmentInput;
  recommendation: ServiceModel;
  /** How many managed triggers are present: each makes break-fix incidents drift up faster. */
  triggerCount: number;
  hybridScope: readonly ScopeItem[];
  economics: EconomicsResolution;
}): CostComparison {
  const prices = economics.values;
  const horizon = prices.horizonMonths;
  const users = usersOf(input);
  const documentation = DOCUMENTATION_FACTOR[input.documentation ?? "notAssessed"];
  const baseline = baselineOf(input, users, documentation);
  const stopped = peopleStopped(input, users);
  const downtimeBreakFix = round6(ESTIMATES.downtimeHoursBreakFix * documentation);
  const downtimeManaged = ESTIMATES.downtimeHoursManaged;
  const breakFixDrift = round6(
    ESTIMATES.driftBase +
      ESTIMATES.driftPerTrigger * triggerCount +
      (input.documentation === "none" ? ESTIMATES.driftWithoutDocumentation : 0),
  );
  const managedFee = round2(prices.managedPerUser * users + prices.managedPerEndpoint * input.endpoints);
  const listed = hybridPackage(hybridScope, prices, users, input.endpoints);
  // A package never costs more than the full managed fee for the same client: the MSP would offer the full service.
  const pack = { coverage: listed.coverage, price: Math.min(listed.price, managedFee) };

  const run = (s: Scenario) => {
    const incidents = baseline.incidents * s.incidents;
    const hours = baseline.hours * s.hours;
    const personHour = ESTIMATES.costPerPersonHour * s.downtime;
    const breakFixIncident = hours * prices.hourlyRate + downtimeBreakFix * stopped * personHour;
    const coveredIncident = downtimeManaged * stopped * personHour;
    const bf = driftFactors(breakFixDrift * s.drift, horizon);
    const hy = driftFactors(breakFixDrift * s.drift * ESTIMATES.hybridDriftFactor, horizon);
    return {
      BREAK_FIX: series((i) => incidents * bf[i]! * breakFixIncident, horizon),
      HYBRID: series(
        (i) =>
          pack.price +
          incidents * (1 - pack.coverage) * hy[i]! * breakFixIncident +
          incidents * pack.coverage * (1 - s.prevention) * coveredIncident,
        horizon,
      ),
      MANAGED: series(() => managedFee + incidents * (1 - s.prevention) * coveredIncident, horizon),
    };
  };
  const pick = (history: boolean, band: { history: readonly number[]; estimate: readonly number[] }, i: 0 | 1) =>
    (history ? band.history : band.estimate)[i]!;
  const expected = run({ incidents: 1, hours: 1, downtime: 1, drift: 1, prevention: ESTIMATES.prevention });
  const scenario = (i: 0 | 1): Scenario => ({
    incidents: pick(baseline.fromHistory.incidents, BAND.incidents, i),
    hours: pick(baseline.fromHistory.hours, BAND.hoursPerIncident, i),
    downtime: BAND.downtime[i],
    drift: BAND.drift[i],
    prevention: BAND.prevention[i],
  });
  const low = run(scenario(0));
  const high = run(scenario(1));

  const costsOf = (model: ServiceModel): ModelCosts => {
    const e = expected[model];
    const l = low[model];
    const h = high[model];
    return {
      monthly: e.monthly,
      cumulative: e.cents.map((c) => c / 100),
      total: (e.cents[horizon - 1] ?? 0) / 100,
      cumulativeLow: l.cents.map((c) => c / 100),
      cumulativeHigh: h.cents.map((c) => c / 100),
      totalLow: (l.cents[horizon - 1] ?? 0) / 100,
      totalHigh: (h.cents[horizon - 1] ?? 0) / 100,
    };
  };

  const against = recommendation === "HYBRID" ? "HYBRID" : "MANAGED";
  const againstCents = expected[against].cents;
  const index = againstCents.findIndex((value, i) => value <= (expected.BREAK_FIX.cents[i] ?? -1));
  const breakEvenMonth = index === -1 ? null : index + 1;

  const assumptions = {
    users,
    incidentsPerMonth: round2(baseline.incidents),
    hoursPerIncident: round2(baseline.hours),
    downtimeHoursBreakFix: round2(downtimeBreakFix),
    downtimeHoursManaged: downtimeManaged,
    peopleStoppedPerIncident: round2(stopped),
    costPerPersonHour: ESTIMATES.costPerPersonHour,
    ...prices,
  } satisfies Record<AssumptionKey, number>;
  const assumptionSources = {
    users: input.itUsers === undefined ? "estimate" : "assessment",
    incidentsPerMonth: baseline.fromHistory.incidents ? "history" : "estimate",
    hoursPerIncident: baseline.fromHistory.hours ? "history" : "estimate",
    downtimeHoursBreakFix: "estimate",
    downtimeHoursManaged: "estimate",
    peopleStoppedPerIncident: "estimate",
    costPerPersonHour: "estimate",
    ...economics.sources,
  } satisfies Record<AssumptionKey, AssumptionSource>;

  return {
    horizonMonths: horizon,
    assumptions,
    assumptionSources,
    fees: { HYBRID: pack.price, MANAGED: managedFee },
    parameters: {
      breakFixDriftPerMonth: breakFixDrift,
      hybridDriftPerMonth: round6(breakFixDrift * ESTIMATES.hybridDriftFactor),
      driftCap: ESTIMATES.driftCap,
      prevention: ESTIMATES.prevention,
      hybridCoverage: pack.coverage,
      sharedOutageShare: ESTIMATES.sharedOutageShare,
    },
    BREAK_FIX: costsOf("BREAK_FIX"),
    HYBRID: costsOf("HYBRID"),
    MANAGED: costsOf("MANAGED"),
    breakEvenMonth,
    breakEvenAgainst: against,
    outsideContract: [...OUTSIDE_CONTRACT],
    notes: costNotes({ input, economics, breakFixDrift, against, breakEvenMonth, horizon, baseline, stopped, users }),
  };
}

function costNotes(c: {
  input: AssessmentInput;
  economics: EconomicsResolution;
  breakFixDrift: number;
  against: "HYBRID" | "MANAGED";
  breakEvenMonth: number | null;
  horizon: number;
  baseline: Baseline;
  stopped: number;
  users: number;
}): Text[] {
  const h = c.input.incidentHistory;
  const notes: Text[] = [
    text("engine.costs.note.projects"),
    text("engine.costs.note.operatingLogic"),
    c.baseline.fromHistory.incidents && h
      ? text(`engine.costs.note.history.${h.incidents !== undefined ? "incidents" : "hours"}` as EngineKey, {
          incidents: h.incidents ?? 0,
          hours: h.hours ?? 0,
          months: h.months ?? 12,
          source: text(`engine.costs.historySource.${h.source}`),
        })
      : text("engine.costs.note.sizeEstimate", {
          perEndpoint: ESTIMATES.incidentsPerEndpointMonth,
          perUser: ESTIMATES.incidentsPerUserMonth,
        }),
    text("engine.costs.note.downtime", {
      people: round2(c.stopped),
      users: c.users,
      share: Math.round(ESTIMATES.sharedOutageShare * 100),
    }),
    text("engine.costs.note.drift", { rate: round6(c.breakFixDrift * 100), cap: ESTIMATES.driftCap }),
    c.breakEvenMonth === null
      ? text("engine.costs.note.noBreakEven", { months: c.horizon, model: text(`engine.model.${c.against}`) })
      : text(`engine.costs.note.breakEven.${c.against}`, { month: c.breakEvenMonth }),
    text("engine.costs.note.band"),
  ];
  const defaults = ECONOMICS_KEYS.filter((k) => c.economics.sources[k] === "default");
  if (defaults.length > 0)
    notes.push(
      text("engine.costs.note.defaultPrices", {
        prices: textList(defaults.map((k) => text(`engine.price.${k}`))),
      }),
    );
  if (c.input.documentation === undefined) notes.push(text("engine.costs.note.documentationNotAssessed"));
  return notes;
}
