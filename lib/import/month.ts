import { normalizeHeader } from "@/lib/import/columns";
import { parseDay, type DateOrder } from "@/lib/import/dates";

/** Month names as English and French exports write them, long and short ("march", "mar", "mars", "mars."). */
const MONTH_NAMES: Map<string, number> = (() => {
  const names = new Map<string, number>();
  for (const locale of ["en", "fr"])
    for (const month of ["long", "short"] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" });
      for (let m = 0; m < 12; m++) names.set(normalizeHeader(format.format(new Date(Date.UTC(2026, m, 15)))), m + 1);
    }
  names.set("sept", 9);
  return names;
})();

const period = (year: number, month: number) =>
  year >= 2000 && year <= 2099 && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, "0")}` : null;

/**
 * The month ("YYYY-MM") a cell names, as monthly summaries write it: "2026-03", "2026/03",
 * "03/2026", "March 2026", "mars 2026", "Mar-26", or any date of the month ("2026-03-31",
 * "31/03/2026" in the file's order). Null when the text names no month.
 */
export function parseMonth(raw: string, order: DateOrder): string | null {
  const s = raw.trim();
  const numeric = /^(\d{4})[-/.](\d{1,2})$/.exec(s) ?? null;
  if (numeric) return period(Number(numeric[1]), Number(numeric[2]));
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (monthFirst) return period(Number(monthFirst[2]), Number(monthFirst[1]));
  const day = parseDay(s, order);
  if (day) return day.slice(0, 7);
  const named = /^([^\d\s-]+)[\s-]+(\d{2}|\d{4})$/u.exec(s) ?? /^(\d{4})[\s-]+([^\d\s-]+)$/u.exec(s);
  if (!named) return null;
  const [word, year] = /^\d/.test(named[1]!) ? [named[2]!, named[1]!] : [named[1]!, named[2]!];
  const month = MONTH_NAMES.get(normalizeHeader(word));
  if (!month) return null;
  return period(year.length === 2 ? 2000 + Number(year) : Number(year), month);
}
