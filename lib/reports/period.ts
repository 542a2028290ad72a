/**
 * Report periods are calendar months written "YYYY-MM" (UTC). Pure helpers:
 * no framework, no database.
 */
export const PERIOD_PATTERN = /^(20\d{2})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: unknown): value is string {
  return typeof value === "string" && PERIOD_PATTERN.test(value);
}

export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function currentPeriod(now = new Date()): string {
  return periodOf(now);
}

/** The first instant of the month, UTC (for formatting "November 2026"). */
export function periodStart(period: string): Date {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1));
}

export function addMonths(period: string, months: number): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return periodOf(new Date(Date.UTC(y, m - 1 + months, 1)));
}

/** "YYYY-MM-DD" of the month's last day: the natural as-of date of its figures. */
export function periodEndDay(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0));
  return `${period}-${String(last.getUTCDate()).padStart(2, "0")}`;
}

/** Reports may be prepared for past months and up to one month ahead. */
export function latestAllowedPeriod(now = new Date()): string {
  return addMonths(currentPeriod(now), 1);
}

export const QUARTER_PATTERN = /^(20\d{2})-Q([1-4])$/;

/** Target quarters offered by the roadmap editor: from last year to two years ahead. */
export function quarterOptions(period: string, keep: readonly string[] = []): string[] {
  const year = Number(period.slice(0, 4));
  const out: string[] = [];
  for (let y = year - 1; y <= year + 2; y++) for (let q = 1; q <= 4; q++) out.push(`${y}-Q${q}`);
  for (const k of keep) if (QUARTER_PATTERN.test(k) && !out.includes(k)) out.push(k);
  return out.sort();
}

export function parseQuarter(value: string): { year: number; quarter: number } | null {
  const match = QUARTER_PATTERN.exec(value);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}
