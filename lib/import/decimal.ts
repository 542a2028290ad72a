/**
 * A number as people and PSA exports write it: "1234.5", "1,234.50" (English), "1.234,50",
 * "1234,5" (European decimal comma), "1 234,50" / "1 234,50" (space-grouped), "€ 120,00",
 * "(12.00)" is refused (negative). Returns null when the text is not one number.
 * A lone separator followed by exactly three digits ("1,234" / "1.234") is read as a
 * thousands separator only when `decimalComma` says which one is the decimal mark.
 */
export function parseDecimal(raw: string, decimalComma: boolean | null = null): number | null {
  let s = raw
    .trim()
    .replace(/^[€$£]\s*|\s*[€$£]$/g, "")
    .replace(/[\s\u00a0\u202f']/g, "");
  if (s === "" || !/^-?[\d.,]+$/.test(s)) return null;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  let decimalMark: "," | "." | null;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? "," : ".";
  else if (lastComma >= 0) decimalMark = commaOrGroup(s, ",", decimalComma);
  else if (lastDot >= 0) decimalMark = commaOrGroup(s, ".", decimalComma);
  else decimalMark = null;
  const group = decimalMark === "," ? "." : ",";
  if (decimalMark) {
    const [int, frac, ...rest] = s.split(decimalMark);
    if (rest.length > 0 || frac === undefined || frac === "") return null;
    if (!validGroups(int!, group)) return null;
    s = `${int!.split(group).join("")}.${frac}`;
  } else {
    const sep = s.includes(",") ? "," : ".";
    if (!validGroups(s, sep)) return null;
    s = s.split(sep).join("");
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Is a single kind of separator the decimal mark (null: it groups thousands)? */
function commaOrGroup(s: string, sep: "," | ".", decimalComma: boolean | null): "," | "." | null {
  const parts = s.split(sep);
  if (parts.length > 2) return null; // "1.234.567" groups
  const frac = parts[1]!;
  if (frac.length !== 3) return sep; // "12,5", "12.50"
  if (decimalComma === null) return sep === "." ? "." : ","; // ambiguous "1,234": the file decides
  return (sep === ",") === decimalComma ? sep : null;
}

function validGroups(int: string, group: string): boolean {
  if (!int.includes(group)) return /^-?\d+$/.test(int);
  const [head, ...tail] = int.split(group);
  return /^-?\d{1,3}$/.test(head!) && tail.every((g) => /^\d{3}$/.test(g));
}
