/**
 * Calendar arithmetic on "YYYY-MM" months and "YYYY-MM-DD" days, in UTC.
 * Strings compare in calendar order, which the statistics rely on.
 */
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseMonth(month: string): { y: number; m: number } {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return { y: Number(match[1]), m: Number(match[2]) };
}

export function monthOf(day: string): string {
  if (!DAY.test(day)) throw new RangeError(`not a day: ${day}`);
  return day.slice(0, 7);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addMonths(month: string, n: number): string {
  const { y, m } = parseMonth(month);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** Inclusive list of months from `from` to `to` (empty when from > to). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Number of months from `from` to `to`, both included. */
export function monthSpan(from: string, to: string): number {
  const a = parseMonth(from);
  const b = parseMonth(to);
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

export function firstDay(month: string): string {
  parseMonth(month);
  return `${month}-01`;
}

export function lastDay(month: string): string {
  const { y, m } = parseMonth(month);
  return isoDay(new Date(Date.UTC(y, m, 0)));
}

/** Whole days from `a` to `b` ("YYYY-MM-DD"), negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function minDay(a: string, b: string): string {
  return a <= b ? a : b;
}
