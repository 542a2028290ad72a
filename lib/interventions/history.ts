import { HISTORY_MONTHS, type IncidentHistory } from "@/lib/engine";

/**
 * The client's incident history as the interventions log tells it: the last 12 months up to
 * today (or since the first intervention ever logged for the client, when that is more recent,
 * so a log started three months ago is not read as a quiet year).
 */
export type LogHistory = {
  /** Tickets logged in the window (time entries add hours, not incidents); undefined when none. */
  incidents?: number;
  /** Hours of every intervention in the window. */
  hours: number;
  /** Months the window covers (1–12). */
  months: number;
  /** First and last day of the window (UTC days). */
  from: Date;
  to: Date;
  /** Interventions in the window (tickets and time entries). */
  count: number;
};

const DAY = 86_400_000;

/** The UTC calendar day of an instant, at 00:00 UTC (intervention dates are UTC days). */
export function utcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

/** The start of the 12-month window ending on `today` (the same day a year earlier, plus one day). */
export function historyWindowStart(today: Date): Date {
  const start = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  return new Date(start.getTime() + DAY);
}

/** Months covered from `first` to `today` (days ÷ an average month, rounded), within the engine's 1–12. */
export function monthsCovered(first: Date, today: Date): number {
  const days = Math.floor((today.getTime() - first.getTime()) / DAY) + 1;
  const months = Math.round(days / (365.25 / 12));
  return Math.min(HISTORY_MONTHS.max, Math.max(HISTORY_MONTHS.min, months));
}

/** The log's figures in the engine's shape. */
export function logAsHistory(log: LogHistory): IncidentHistory {
  return {
    ...(log.incidents !== undefined ? { incidents: log.incidents } : {}),
    hours: log.hours,
    months: log.months,
    source: "interventionsLog",
  };
}

const sameFigure = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) < 0.005);

/**
 * Where saved history figures come from: figures equal to the log's are the log's (with its
 * months); anything typed differently is the account manager's, over the last 12 months.
 */
export function sourcedHistory(typed: IncidentHistory | null, log: LogHistory | null): IncidentHistory | null {
  if (!typed) return null;
  if (log && sameFigure(typed.incidents, log.incidents) && sameFigure(typed.hours, log.hours)) return logAsHistory(log);
  return { ...typed, months: HISTORY_MONTHS.max, source: "assessment" };
}
