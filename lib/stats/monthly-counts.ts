import { transitionsOf } from "@/lib/stats/history";
import { monthOf } from "@/lib/stats/months";
import type { ModelChange, Transition } from "@/lib/stats/types";
import { type Model, MODELS, perModel, type PerModel } from "@/lib/vocabulary";

/** Net change of the number of clients on `model` during `month` (or before it, for the opening bucket). */
export type ModelDelta = { month: string; model: Model; delta: number };

export type MonthlyCounts = { month: string } & PerModel<number>;

/**
 * Each transition moves one organization out of its previous model (-1) and into
 * its new one (+1); leaving only subtracts, joining only adds. Deltas dated before
 * `openingMonth` are gathered into it (the opening balance), so the result stays
 * small whatever the length of the history. This is the aggregation the dashboard
 * runs in SQL (GROUP BY month, model).
 */
export function modelDeltas(transitions: readonly Transition[], openingMonth: string): ModelDelta[] {
  const sums = new Map<string, ModelDelta>();
  const add = (month: string, model: Model, delta: number) => {
    const key = `${month}|${model}`;
    const row = sums.get(key);
    if (row) row.delta += delta;
    else sums.set(key, { month, model, delta });
  };
  for (const t of transitions) {
    const month = monthOf(t.date) < openingMonth ? openingMonth : monthOf(t.date);
    if (t.to) add(month, t.to, 1);
    if (t.from) add(month, t.from, -1);
  }
  return [...sums.values()]
    .filter((d) => d.delta !== 0)
    .sort((a, b) =>
      a.month < b.month ? -1 : a.month > b.month ? 1 : MODELS.indexOf(a.model) - MODELS.indexOf(b.model),
    );
}

/**
 * Number of client organizations on each model at the end of each month (for the
 * current month: as of today, since later changes are not counted), by running sum
 * of the deltas. Correct in both directions (managed → hybrid moves a client down)
 * and for organizations that left (they stop counting from the month they left).
 */
export function accumulateMonthlyCounts(deltas: readonly ModelDelta[], months: readonly string[]): MonthlyCounts[] {
  const sorted = [...deltas].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const running: PerModel<number> = perModel(() => 0);
  let i = 0;
  return months.map((month) => {
    while (i < sorted.length && sorted[i]!.month <= month) {
      const d = sorted[i]!;
      running[d.model] += d.delta;
      i++;
    }
    return { month, ...running };
  });
}

/** The whole computation on raw history: what the SQL + accumulateMonthlyCounts must equal. */
export function monthlyModelCounts(
  changes: readonly ModelChange[],
  months: readonly string[],
  asOf: string,
): MonthlyCounts[] {
  if (months.length === 0) return [];
  return accumulateMonthlyCounts(modelDeltas(transitionsOf(changes, asOf), months[0]!), months);
}
