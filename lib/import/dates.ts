/** How a file writes day and month when it does not use ISO dates. */
export const DATE_ORDERS = ["DMY", "MDY"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * A calendar date from an export: "2026-03-04" (ISO, with or without a time), or "04/03/2026",
 * "4.3.2026", "04-03-26" in the file's order. Returns "YYYY-MM-DD" or null.
 */
export function parseDay(raw: string, order: DateOrder): string | null {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T][\d:.]+(?:\s?[AP]M)?)?$/i.exec(s);
  if (!local) return null;
  const a = Number(local[1]);
  const b = Number(local[2]);
  const year = local[3]!.length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
  return order === "DMY" ? day(year, b, a) : day(year, a, b);
}

function day(year: number, month: number, date: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, date));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return null;
  return d.toISOString().slice(0, 10);
}
