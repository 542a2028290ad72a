import { scaleLinear } from "d3-scale";

/**
 * Pure choices behind the server-drawn charts (components/charts/): which categories get a label,
 * which values the y axis spans, where its ticks go. No drawing here, and nothing is rounded
 * into a figure a reader sees (the labels come from the caller's formatter).
 */

/** Label steps a reader can count in (every month, every 2nd, quarter, half-year, year…). */
const STEPS = [1, 2, 3, 4, 6, 12, 24, 36, 60, 120] as const;

/**
 * Indices of the categories that get a label on the x axis: at most `max` of them, spaced by a
 * readable step, so labels never overlap on a narrow drawing. `start` is the number the first
 * category stands for (1 for "month 1"): labels fall on multiples of the step (month 6, 12, …),
 * and the first category is labelled too when that leaves room.
 */
export function categoryTicks(count: number, max: number, start = 0): number[] {
  if (count <= 0) return [];
  const limit = Math.max(1, Math.floor(max));
  const step = STEPS.find((s) => Math.ceil(count / s) <= limit) ?? Math.ceil(count / limit);
  if (step === 1) return Array.from({ length: count }, (_, i) => i);
  const ticks: number[] = [];
  for (let i = 0; i < count; i++) if ((i + start) % step === 0) ticks.push(i);
  // The first category anchors the axis unless the next label is too close to it.
  if (ticks[0] !== 0 && (ticks[0] === undefined || ticks[0] >= step / 2)) ticks.unshift(0);
  return ticks.slice(0, limit + 1);
}

/** Finite numbers of the series, ignoring gaps (null: no data that month — never drawn as zero). */
function finite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

/**
 * The y domain of counts and amounts: from zero (or below, if a value is negative) to the largest
 * value, gaps ignored. With no value at all (or only zeros) it is [0, 1], so an axis still draws.
 */
export function valueDomain(values: readonly (number | null | undefined)[]): [number, number] {
  const known = finite(values);
  const min = Math.min(0, ...known);
  const max = Math.max(0, ...known);
  return max === min ? [min, min + 1] : [min, max];
}

/**
 * The y domain of a percentage: up to 100, from one point under the lowest value (floored, never
 * below 0), so 99.2 % and 99.9 % are told apart. With no value at all it is [0, 100].
 */
export function percentDomain(values: readonly (number | null | undefined)[]): [number, number] {
  const known = finite(values);
  if (!known.length) return [0, 100];
  const low = Math.max(0, Math.floor(Math.min(...known) - 1));
  return [Math.min(low, 99), 100];
}

/**
 * Round tick values for a y domain (d3's "nice" numbers: 1, 2, 5 × 10ⁿ), at most about `count`,
 * and the domain widened to the outer ticks. `integers` drops fractional ticks (counts of things).
 */
export function valueTicks(
  domain: readonly [number, number],
  { count = 5, integers = false }: { count?: number; integers?: boolean } = {},
): { domain: [number, number]; ticks: number[] } {
  const scale = scaleLinear().domain([domain[0], domain[1]]).nice(count);
  const [low, high] = scale.domain() as [number, number];
  let ticks = scale.ticks(count);
  if (integers) {
    ticks = ticks.filter((t) => Number.isInteger(t));
    if (ticks.length < 2) ticks = [Math.floor(low), Math.ceil(high)];
  }
  return { domain: [Math.min(low, ...ticks), Math.max(high, ...ticks)], ticks };
}
