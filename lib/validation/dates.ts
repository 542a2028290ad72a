/**
 * The one date parser. Every date a person types (a call, a follow-up, a client's start, a move,
 * a metric's "as of", a restore test) is read here, by the zod types in lib/validation/fields.ts
 * that every schema uses. A day that does not exist (31 February, 29 February 2025) or a time
 * that does not exist (24:00, 10:61) is refused, never rolled over into the next month and
 * never dropped.
 *
 * The browser keeps an impossible or unfinished date in a date input to itself: the input's
 * value becomes "" and its validity says `badInput`. A form would then send "not given" and
 * the server would store nothing (or its default). `formValues` sends BAD_DATE_INPUT instead,
 * which these parsers refuse like any other impossible date, so the error shows next to the field.
 */

/** What a form sends for a date input the browser holds as unfinished or impossible. */
export const BAD_DATE_INPUT = "invalid-date";

/** Dates outside this range are refused (`dateOutOfRange`): typos such as 0202 or 20025. */
export const DATE_RANGE = { min: "2000-01-01", max: "2100-12-31" } as const;

export type DateProblem = "invalidDate" | "dateOutOfRange";

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function realDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function inRange(day: string): boolean {
  return day >= DATE_RANGE.min && day <= DATE_RANGE.max;
}

/** "YYYY-MM-DD" → that calendar day at 00:00 UTC, or why not. */
export function parseIsoDay(value: string): { ok: true; date: Date } | { ok: false; problem: DateProblem } {
  const match = DAY_PATTERN.exec(value);
  if (!match) return { ok: false, problem: "invalidDate" };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!realDay(year, month, day)) return { ok: false, problem: "invalidDate" };
  if (!inRange(value)) return { ok: false, problem: "dateOutOfRange" };
  return { ok: true, date: new Date(Date.UTC(year, month - 1, day)) };
}

/**
 * "YYYY-MM-DDTHH:mm[:ss[.sss]][Z]" (what <input type="datetime-local"> sends) → that instant,
 * read as UTC, or why not.
 */
export function parseIsoDateTime(value: string): { ok: true; date: Date } | { ok: false; problem: DateProblem } {
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return { ok: false, problem: "invalidDate" };
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(match[6] ?? 0);
  const ms = Number((match[7] ?? "0").padEnd(3, "0"));
  if (!realDay(year, month, day) || hour > 23 || minute > 59 || second > 59)
    return { ok: false, problem: "invalidDate" };
  if (!inRange(value.slice(0, 10))) return { ok: false, problem: "dateOutOfRange" };
  return { ok: true, date: new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms)) };
}

/** "YYYY-MM-DD" of an instant, in UTC (dates are stored and shown in UTC). */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The earlier of two "YYYY-MM-DD" days. */
export function earlierDay(a: string, b: string): string {
  return a <= b ? a : b;
}
