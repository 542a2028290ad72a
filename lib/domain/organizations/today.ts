/** Today's calendar date at 00:00 UTC (dates are stored and shown in UTC, lib/i18n/translate.ts). */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** "YYYY-MM-DD" of a date, in UTC (for <input type="date"> values). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
