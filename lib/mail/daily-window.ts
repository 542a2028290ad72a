/**
 * The daily mail run's calendar (UTC), pure: when it runs, which day and month it is about.
 * The run starts at 07:00 UTC: before the working day in Europe, after the night's comments.
 */
export const DAILY_RUN_HOUR_UTC = 7;

/** "2026-12-02" of a moment, in UTC. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** The day's run time: that day at 07:00 UTC. */
export const runTimeOf = (day: string): Date =>
  new Date(`${day}T${String(DAILY_RUN_HOUR_UTC).padStart(2, "0")}:00:00Z`);

/** The next day, "YYYY-MM-DD". */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return dayOf(d);
}

/** The day of the month (1–31) and the month "YYYY-MM" of a day. */
export function dayOfMonth(day: string): { dom: number; period: string } {
  return { dom: Number(day.slice(8, 10)), period: day.slice(0, 7) };
}
