/** Windows-1252's characters for bytes 0x80–0x9F (where it differs from Latin-1; undefined bytes stay as they are). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * The text of an uploaded CSV file: UTF-8 (with or without a BOM) when the bytes are valid
 * UTF-8, else Windows-1252, which Excel on Windows still writes for "CSV" in Western European
 * locales (so "Catégorie" and "€" survive instead of turning into replacement characters).
 * Windows-1252 is decoded here rather than by TextDecoder, which Node reads as Latin-1.
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    let out = "";
    for (let i = 0; i < view.length; i += 8192) {
      const chunk = view.subarray(i, i + 8192);
      out += String.fromCharCode(
        ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
      );
    }
    return out;
  }
}
