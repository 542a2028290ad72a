import type { DateOrder } from "@/lib/import/dates";
import type { Delimiter } from "@/lib/import/delimiter";

/**
 * How a file writes local dates, from its date cells: a first part above 12 ("24/03/2026")
 * means day first, a second part above 12 means month first; when every date reads both ways
 * a semicolon file (European Excel) is taken as day first, any other as month first. The user
 * can change it before importing.
 */
export function detectDateOrder(cells: readonly string[], delimiter: Delimiter): DateOrder {
  for (const cell of cells) {
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(cell);
    if (!m) continue;
    if (Number(m[1]) > 12) return "DMY";
    if (Number(m[2]) > 12) return "MDY";
  }
  return delimiter === ";" ? "DMY" : "MDY";
}

/**
 * Whether a file writes decimals with a comma, from its number cells: "1,5" or "1.234,50"
 * says comma, "1.5" or "1,234.50" says point; when nothing decides (whole numbers only, or
 * only "1,234"), a semicolon file is taken as comma. The user can change it before importing.
 */
export function detectDecimalComma(cells: readonly string[], delimiter: Delimiter): boolean {
  for (const raw of cells) {
    const cell = raw.replace(/[\s\u00a0\u202f]/g, "");
    if (/\d\.\d{3},\d+$/.test(cell) || /^-?\d+,(\d{1,2}|\d{4,})$/.test(cell)) return true;
    if (/\d,\d{3}\.\d+$/.test(cell) || /^-?\d+\.(\d{1,2}|\d{4,})$/.test(cell)) return false;
  }
  return delimiter === ";";
}
