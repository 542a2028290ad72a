import { inflateSync } from "node:zlib";

/**
 * Every colour a PDF's content streams set ("r g b rg", "… scn", …), read from its FlateDecode
 * streams, as 0–1 triples. Enough to show which colours a generated PDF draws with.
 */
export function pdfColours(pdf: Buffer): number[][] {
  const out: number[][] = [];
  const text = pdf.toString("latin1");
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) continue;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const c of body.matchAll(/(\d*\.?\d+) (\d*\.?\d+) (\d*\.?\d+) (?:rg|RG|scn|SCN|sc|SC)\b/g))
      out.push([Number(c[1]), Number(c[2]), Number(c[3])]);
  }
  return out;
}

/** Whether the PDF draws with `hex` anywhere (within rounding). */
export function pdfUsesColour(pdf: Buffer, hex: string): boolean {
  const n = Number.parseInt(hex.slice(1), 16);
  const want = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff].map((c) => c / 255);
  return pdfColours(pdf).some((c) => c.every((v, i) => Math.abs(v - want[i]!) < 0.003));
}
