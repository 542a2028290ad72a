import { median } from "@/lib/stats/median";
import { daysBetween } from "@/lib/stats/months";
import type { Transition } from "@/lib/stats/types";
import { type Model, perModel, type PerModel } from "@/lib/vocabulary";

/** A period of calendar days, both ends included ("YYYY-MM-DD"). */
export type DayPeriod = { start: string; end: string };

/**
 * Moves of one kind in the period. `from: null` = the organization joined (first model,
 * or came back after leaving); `to: null` = it left. `moves` counts events,
 * `organizations` the distinct organizations that made them.
 */
export type MoveCount = { from: Model | null; to: Model | null; moves: number; organizations: number };

/** Days spent on a model before moving to another one, over the moves of the period. */
export type StayStat = { median: number | null; moves: number };

export type PeriodActivity = {
  moves: MoveCount[];
  /** Organizations that were on the model at some point in the period: on it at the start, or entering it during it. */
  exposure: PerModel<number>;
  stays: PerModel<StayStat>;
};

const inPeriod = (day: string, p: DayPeriod) => day >= p.start && day <= p.end;

/** What happened in the period, from the transitions (lib/stats/history.ts). The SQL computes the same. */
export function periodActivity(transitions: readonly Transition[], period: DayPeriod): PeriodActivity {
  const moves = new Map<string, { from: Model | null; to: Model | null; moves: number; orgs: Set<string> }>();
  const exposed = perModel(() => new Set<string>());
  const stays = perModel<number[]>(() => []);
  for (const t of transitions) {
    // On the model at the start of the period: the last transition before it is this one.
    if (t.date < period.start && (t.nextDate === null || t.nextDate >= period.start) && t.to)
      exposed[t.to].add(t.organizationId);
    if (!inPeriod(t.date, period)) continue;
    if (t.to) exposed[t.to].add(t.organizationId);
    const key = `${t.from}>${t.to}`;
    const row = moves.get(key) ?? { from: t.from, to: t.to, moves: 0, orgs: new Set<string>() };
    row.moves += 1;
    row.orgs.add(t.organizationId);
    moves.set(key, row);
    if (t.from && t.to && t.previousDate) stays[t.from].push(daysBetween(t.previousDate, t.date));
  }
  return {
    moves: [...moves.values()].map((m) => ({ from: m.from, to: m.to, moves: m.moves, organizations: m.orgs.size })),
    exposure: perModel((m) => exposed[m].size),
    stays: perModel((m) => ({ median: median(stays[m]), moves: stays[m].length })),
  };
}

/** The moves the dashboard reports, forward along break-fix → hybrid → managed first, then backwards. */
export const TRACKED_MOVES = [
  { from: "BREAK_FIX", to: "HYBRID", direction: "forward" },
  { from: "HYBRID", to: "MANAGED", direction: "forward" },
  { from: "BREAK_FIX", to: "MANAGED", direction: "forward" },
  { from: "MANAGED", to: "HYBRID", direction: "backward" },
  { from: "HYBRID", to: "BREAK_FIX", direction: "backward" },
  { from: "MANAGED", to: "BREAK_FIX", direction: "backward" },
] as const satisfies readonly { from: Model; to: Model; direction: "forward" | "backward" }[];

export type ConversionRow = {
  from: Model;
  to: Model;
  direction: "forward" | "backward";
  moves: number;
  organizations: number;
  /** Organizations that were on `from` at some point in the period (the rate's denominator). */
  exposed: number;
  /** organizations / exposed, 0..1; null when nobody was on `from` during the period. */
  rate: number | null;
};

export type ConversionTable = {
  rows: ConversionRow[];
  /** Organizations that became clients on each model during the period (first model, or back after leaving). */
  joined: PerModel<number>;
  /** Organizations that left the MSP from each model during the period. */
  left: PerModel<number>;
  /** left / exposed: the share of each model's clients that left. */
  leftRate: PerModel<number | null>;
};

export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Conversion rate of a move A → B in a period (documented in the UI as well):
 *   organizations that moved from A to B during the period
 *   ÷ organizations that were on A at some point during the period
 *     (on A at its start, or entering A during it).
 * Counting organizations (not events) on both sides keeps the rate between 0 and 1
 * even if a client moves A → B, back, and again.
 */
export function conversionTable(moves: readonly MoveCount[], exposure: PerModel<number>): ConversionTable {
  const orgs = (from: Model | null, to: Model | null) =>
    moves.find((m) => m.from === from && m.to === to)?.organizations ?? 0;
  const count = (from: Model | null, to: Model | null) => moves.find((m) => m.from === from && m.to === to)?.moves ?? 0;
  const left = perModel((m) => orgs(m, null));
  return {
    rows: TRACKED_MOVES.map((t) => ({
      from: t.from,
      to: t.to,
      direction: t.direction,
      moves: count(t.from, t.to),
      organizations: orgs(t.from, t.to),
      exposed: exposure[t.from],
      rate: rate(orgs(t.from, t.to), exposure[t.from]),
    })),
    joined: perModel((m) => orgs(null, m)),
    left,
    leftRate: perModel((m) => rate(left[m], exposure[m])),
  };
}
