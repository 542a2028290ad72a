import { addMonths, firstDay, lastDay, minDay, monthOf, monthRange, monthSpan } from "@/lib/stats/months";

/** The period presets the dashboard offers, in months. */
export const PERIOD_PRESETS = [3, 6, 12, 24] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: PeriodPreset = 12;
/** Months in the history chart (the current month and the 23 before it). */
export const CHART_MONTHS = 24;
/** The longest custom period, in months. */
export const MAX_PERIOD_MONTHS = 120;

export type PeriodChoice = { kind: "preset"; months: PeriodPreset } | { kind: "range"; from: string; to: string };

export type ResolvedPeriod = {
  choice: PeriodChoice;
  fromMonth: string;
  toMonth: string;
  /** First and last day counted ("YYYY-MM-DD", both included); never after today. */
  start: string;
  end: string;
};

export type PeriodProblem = "fromAfterTo" | "inFuture" | "tooLong";

/**
 * "Last N months" = the current month and the N-1 before it, up to today.
 * A range of months runs from the first day of `from` to the last day of `to`
 * (today, for the current month). Future months are refused: nothing happened there yet.
 */
export function resolvePeriod(
  choice: PeriodChoice,
  today: string,
): { ok: true; period: ResolvedPeriod } | { ok: false; problem: PeriodProblem } {
  const thisMonth = monthOf(today);
  if (choice.kind === "preset") {
    const fromMonth = addMonths(thisMonth, -(choice.months - 1));
    return { ok: true, period: { choice, fromMonth, toMonth: thisMonth, start: firstDay(fromMonth), end: today } };
  }
  if (choice.from > choice.to) return { ok: false, problem: "fromAfterTo" };
  if (choice.to > thisMonth) return { ok: false, problem: "inFuture" };
  if (monthSpan(choice.from, choice.to) > MAX_PERIOD_MONTHS) return { ok: false, problem: "tooLong" };
  return {
    ok: true,
    period: {
      choice,
      fromMonth: choice.from,
      toMonth: choice.to,
      start: firstDay(choice.from),
      end: minDay(lastDay(choice.to), today),
    },
  };
}

/** The months of the history chart, oldest first, ending with the current month. */
export function chartMonths(today: string, count = CHART_MONTHS): string[] {
  const thisMonth = monthOf(today);
  return monthRange(addMonths(thisMonth, -(count - 1)), thisMonth);
}
