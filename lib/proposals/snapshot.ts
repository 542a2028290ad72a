import type { StoredResult } from "@/lib/domain/assessments/stored-result";
import {
  ASSUMPTION_UNITS,
  BASELINE_KEYS,
  CONDITION_KEYS,
  ECONOMICS_KEYS,
  OUTSIDE_CONTRACT,
  SCOPE_ITEMS,
  TRIGGER_KEYS,
  type AssumptionKey,
  type AssumptionSource,
  type ConditionKey,
  type HistorySource,
  type ScopeItem,
  type ServiceModel,
  type TriggerKey,
} from "@/lib/engine";

/**
 * What a proposal shows the client, frozen when it is shared: the assessment's recommendation
 * retold in the client's words. Codes and figures only, never a sentence: the page renders each
 * code from the `proposals` catalog in the reader's locale, so a proposal shared in English reads
 * in French tomorrow, and the SHA-256 a decision signs covers exactly these values.
 *
 * The engine's own texts are written for the account manager ("the client needs…"); a proposal
 * never shows them. Its reasons are derived from the engine's structured result (which situations
 * are present, which conditions of break-fix no longer hold, which needs were stated).
 */
export const PROPOSAL_SNAPSHOT_VERSION = 1;

export const MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const satisfies readonly ServiceModel[];

/** How the recommendation is introduced (proposals.lead.*). */
export const LEAD_CODES = [
  "BREAK_FIX",
  "HYBRID",
  "HYBRID_FIRST_STEP",
  "HYBRID_NEEDS",
  "HYBRID_GRADUAL",
  "MANAGED",
] as const;
export type LeadCode = (typeof LEAD_CODES)[number];

/** Why (proposals.reason.*), each with its list of items where it has one. */
export type ProposalReason =
  | { code: "situation"; item: TriggerKey }
  | { code: "need"; item: "predictableBudget" | "monthlySteering" }
  | { code: "outgrown"; items: ConditionKey[] }
  | { code: "stillFits"; items: ConditionKey[] }
  | { code: "backupsUnchecked" }
  | { code: "documentation"; item: "none" | "scattered" }
  | { code: "target"; model: ServiceModel }
  | { code: "notOnlyCost" };

export type ProposalAssumption = {
  key: AssumptionKey;
  value: number;
  unit: (typeof ASSUMPTION_UNITS)[AssumptionKey];
  source: AssumptionSource;
};

export type ProposalModelCost = {
  /** The first month's cost (fee plus expected incidents and downtime). */
  perMonth: number;
  /** Over the horizon: the central figure, and the band (low–high) when the engine computed one. */
  total: number;
  low: number | null;
  high: number | null;
};

export type ProposalCosts = {
  currency: string;
  horizonMonths: number;
  models: Record<(typeof MODELS)[number], ProposalModelCost>;
  /** The recurring models' monthly price before any incident (absent from older results). */
  fees: { HYBRID: number; MANAGED: number } | null;
  breakEvenMonth: number | null;
  breakEvenAgainst: "HYBRID" | "MANAGED";
  assumptions: ProposalAssumption[];
  /** The client's own history the comparison used, when there was one. */
  history: { months: number; source: HistorySource } | null;
  outsideContract: (typeof OUTSIDE_CONTRACT)[number][];
};

export type ProposalSnapshot = {
  v: typeof PROPOSAL_SNAPSHOT_VERSION;
  model: ServiceModel;
  /** The organization's model when the proposal was shared (null: not yet a client). */
  currentModel: ServiceModel | null;
  lead: LeadCode;
  /** What goes under contract: the hybrid package's items, or the whole perimeter (managed). */
  scope: ScopeItem[];
  reasons: ProposalReason[];
  costs: ProposalCosts | null;
  /** The day the assessment behind it was finalized (YYYY-MM-DD): when the figures were computed. */
  assessedOn: string;
  engineVersion: string;
};

const textKey = (t: unknown): string | null =>
  typeof t === "object" && t !== null && typeof (t as { key?: unknown }).key === "string"
    ? (t as { key: string }).key
    : null;

function leadOf(result: StoredResult): LeadCode {
  if (result.recommendation !== "HYBRID") return result.recommendation;
  const lead = textKey(result.reasons[0]);
  if (lead === "engine.reason.lead.transition") return "HYBRID_FIRST_STEP";
  if (lead === "engine.reason.lead.needs") return "HYBRID_NEEDS";
  if (lead === "engine.reason.lead.gradual" || result.transitionToward === "MANAGED") return "HYBRID_GRADUAL";
  return "HYBRID";
}

const isScope = (s: string): s is ScopeItem => (SCOPE_ITEMS as readonly string[]).includes(s);

function reasonsOf(result: StoredResult): ProposalReason[] {
  const reasons: ProposalReason[] = [];
  const present = new Set(result.mspTriggers.filter((t) => t.present).map((t) => t.key));
  for (const key of TRIGGER_KEYS) if (present.has(key)) reasons.push({ code: "situation", item: key });
  for (const need of ["predictableBudget", "monthlySteering"] as const)
    if (result.grid.some((row) => row.key === need && row.applies)) reasons.push({ code: "need", item: need });
  const holds = new Map(result.breakFixConditions.map((c) => [c.key, c.holds]));
  if (holds.size > 0) {
    if (result.recommendation === "BREAK_FIX") {
      const items = CONDITION_KEYS.filter((k) => holds.get(k) === true);
      if (items.length > 0) reasons.push({ code: "stillFits", items });
    } else {
      const items = CONDITION_KEYS.filter((k) => holds.get(k) === false);
      if (items.length > 0) reasons.push({ code: "outgrown", items });
    }
  }
  const keys = new Set(result.reasons.map(textKey));
  if (keys.has("engine.reason.unmonitoredBackups")) reasons.push({ code: "backupsUnchecked" });
  if (keys.has("engine.reason.documentation.none")) reasons.push({ code: "documentation", item: "none" });
  else if (keys.has("engine.reason.documentation.scattered"))
    reasons.push({ code: "documentation", item: "scattered" });
  if (result.transitionToward) reasons.push({ code: "target", model: result.transitionToward });
  reasons.push({ code: "notOnlyCost" });
  return reasons;
}

const ASSUMPTION_KEYS: readonly AssumptionKey[] = [...BASELINE_KEYS, ...ECONOMICS_KEYS];
const SOURCES: readonly AssumptionSource[] = ["assessment", "priceList", "default", "history", "estimate"];

function costsOf(result: StoredResult, facts: SnapshotFacts): ProposalCosts | null {
  const c = result.costs;
  if (!c) return null;
  const model = (m: (typeof MODELS)[number]): ProposalModelCost => ({
    perMonth: c[m].monthly[0] ?? 0,
    total: c[m].total,
    low: typeof c[m].totalLow === "number" ? c[m].totalLow! : null,
    high: typeof c[m].totalHigh === "number" ? c[m].totalHigh! : null,
  });
  const values = c.assumptions as Partial<Record<string, number>>;
  const sources = c.assumptionSources as Partial<Record<string, string>>;
  const assumptions: ProposalAssumption[] = [];
  for (const key of ASSUMPTION_KEYS) {
    const value = values[key];
    const source = sources[key] as AssumptionSource | undefined;
    // Results of older engines named their assumptions differently: only today's names are retold.
    if (typeof value !== "number" || !source || !SOURCES.includes(source)) continue;
    assumptions.push({ key, value, unit: ASSUMPTION_UNITS[key], source });
  }
  return {
    currency: facts.currency,
    horizonMonths: c.horizonMonths,
    models: { BREAK_FIX: model("BREAK_FIX"), HYBRID: model("HYBRID"), MANAGED: model("MANAGED") },
    fees: c.fees ? { HYBRID: c.fees.HYBRID, MANAGED: c.fees.MANAGED } : null,
    breakEvenMonth: c.breakEvenMonth,
    breakEvenAgainst: c.breakEvenAgainst,
    assumptions,
    history: facts.history,
    outsideContract: c.outsideContract.filter((o): o is (typeof OUTSIDE_CONTRACT)[number] =>
      (OUTSIDE_CONTRACT as readonly string[]).includes(o),
    ),
  };
}

export type SnapshotFacts = {
  currentModel: ServiceModel | null;
  finalizedAt: Date;
  currency: string;
  history: { months: number; source: HistorySource } | null;
};

/** The proposal's snapshot of a stored result. Pure: the same result and facts give the same snapshot. */
export function buildProposalSnapshot(result: StoredResult, facts: SnapshotFacts): ProposalSnapshot {
  // The hybrid package's items, or the managed perimeter (the engine's managedScope for each).
  const scope = result.recommendation === "BREAK_FIX" ? [] : result.managedScope.filter(isScope);
  return {
    v: PROPOSAL_SNAPSHOT_VERSION,
    model: result.recommendation,
    currentModel: facts.currentModel,
    lead: leadOf(result),
    scope,
    reasons: reasonsOf(result),
    costs: costsOf(result, facts),
    assessedOn: facts.finalizedAt.toISOString().slice(0, 10),
    engineVersion: result.engineVersion,
  };
}
