import type { LifecycleStatus, ServiceModel } from "@/lib/generated/prisma/enums";
import type { prng } from "@/lib/seed/demo";
import { MODELS } from "@/lib/vocabulary";

export type Rng = ReturnType<typeof prng>;

/** One row of ServiceModelChange, as a month offset from the current month (0 = this month, -35 = 35 months ago). */
export type ModelStep = { month: number; from: ServiceModel | null; to: ServiceModel | null };

/**
 * One organization's path across service models. Invariants (tested):
 * steps are in strictly increasing months; the first `from` is null; every
 * `from` is the previous `to`; a null `to` (churn) can only be the last step and
 * means lifecycle FORMER; `currentModel` is the last non-null `to`; a prospect
 * has no step.
 */
export type Chain = {
  lifecycle: LifecycleStatus;
  steps: ModelStep[];
  currentModel: ServiceModel;
  /** Month of the first step (null for a prospect). */
  startMonth: number | null;
  /** Month of the churn step (null when the organization is still a client or a prospect). */
  churnMonth: number | null;
};

export type ChainOptions = {
  /** How many months of history at most (36 = three years: months -35..0). */
  months: number;
  prospectRate: number;
  churnRate: number;
  /** Share of clients that joined after the start of the history window. */
  lateJoinerRate: number;
  /** Chance of a move in any month (at least 3 months after the previous step). */
  moveRatePerMonth: number;
  /** Share of moves that go backwards (managed -> hybrid, hybrid -> break-fix...). */
  backwardShare: number;
};

export const DEFAULT_CHAIN_OPTIONS: ChainOptions = {
  months: 36,
  prospectRate: 0.02,
  churnRate: 0.1,
  lateJoinerRate: 0.1,
  moveRatePerMonth: 0.045,
  backwardShare: 0.25,
};

const FIRST_MODEL_WEIGHTS: [ServiceModel, number][] = [
  ["BREAK_FIX", 0.55],
  ["HYBRID", 0.3],
  ["MANAGED", 0.15],
];

function weighted<T>(rng: Rng, items: [T, number][]): T {
  let r = rng.next();
  for (const [item, weight] of items) {
    if ((r -= weight) < 0) return item;
  }
  return items[items.length - 1]![0];
}

function nextModel(rng: Rng, current: ServiceModel, backwardShare: number): ServiceModel {
  const i = MODELS.indexOf(current);
  const canUp = i < MODELS.length - 1;
  const canDown = i > 0;
  const down = canDown && (!canUp || rng.next() < backwardShare);
  if (down) return MODELS[i - 1]!;
  // Up: usually one step, sometimes straight from break-fix to managed.
  const jump = i === 0 && rng.next() < 0.15 ? 2 : 1;
  return MODELS[i + jump]!;
}

export function generateChain(rng: Rng, options: ChainOptions = DEFAULT_CHAIN_OPTIONS): Chain {
  const first = -(options.months - 1);
  if (rng.next() < options.prospectRate) {
    return { lifecycle: "PROSPECT", steps: [], currentModel: "BREAK_FIX", startMonth: null, churnMonth: null };
  }
  const startMonth = rng.next() < options.lateJoinerRate && first < -6 ? rng.int(first + 1, -4) : first;
  const churns = rng.next() < options.churnRate && startMonth <= -6;
  const churnMonth = churns ? rng.int(startMonth + 6, 0) : null;
  const lastMoveMonth = churnMonth === null ? 0 : churnMonth - 1;

  let current = weighted(rng, FIRST_MODEL_WEIGHTS);
  const steps: ModelStep[] = [{ month: startMonth, from: null, to: current }];
  let previousMonth = startMonth;
  for (let month = startMonth + 3; month <= lastMoveMonth; month++) {
    if (month - previousMonth < 3 || rng.next() >= options.moveRatePerMonth) continue;
    const to = nextModel(rng, current, options.backwardShare);
    steps.push({ month, from: current, to });
    current = to;
    previousMonth = month;
  }
  if (churnMonth !== null) steps.push({ month: churnMonth, from: current, to: null });
  return { lifecycle: churnMonth === null ? "ACTIVE" : "FORMER", steps, currentModel: current, startMonth, churnMonth };
}

/** The model in effect during `month` (null before the first step, after churn, or for a prospect). */
export function modelAt(chain: Chain, month: number): ServiceModel | null {
  let model: ServiceModel | null = null;
  for (const step of chain.steps) {
    if (step.month > month) break;
    model = step.to;
  }
  return model;
}

/** The months (offsets, ascending, up to 0) in which the organization was a client. */
export function clientMonths(chain: Chain): number[] {
  if (chain.startMonth === null) return [];
  const end = chain.churnMonth === null ? 0 : chain.churnMonth - 1;
  const months: number[] = [];
  for (let m = chain.startMonth; m <= end; m++) months.push(m);
  return months;
}

/**
 * Checks the invariants of a chain as stored rows would show them (the
 * integration test reads ServiceModelChange rows back and calls this).
 * Returns the list of problems, empty when coherent.
 */
export function chainProblems(
  steps: { from: ServiceModel | null; to: ServiceModel | null }[],
  org: { lifecycleStatus: LifecycleStatus; currentModel: ServiceModel },
): string[] {
  const problems: string[] = [];
  if (org.lifecycleStatus === "PROSPECT") {
    if (steps.length) problems.push("a prospect has model changes");
    return problems;
  }
  if (!steps.length) return ["a client has no model change"];
  if (steps[0]!.from !== null) problems.push("the first change has a fromModel");
  steps.forEach((s, i) => {
    if (i > 0 && s.from !== steps[i - 1]!.to) problems.push(`change ${i}: fromModel is not the previous toModel`);
    if (s.to === null && i !== steps.length - 1) problems.push(`change ${i}: churn is not the last change`);
    if (s.from !== null && s.from === s.to) problems.push(`change ${i}: fromModel equals toModel`);
  });
  const last = steps[steps.length - 1]!;
  const churned = last.to === null;
  if (churned !== (org.lifecycleStatus === "FORMER")) problems.push("churn and lifecycle FORMER disagree");
  const lastModel = churned ? last.from : last.to;
  if (lastModel !== org.currentModel) problems.push("currentModel is not the last toModel");
  return problems;
}
