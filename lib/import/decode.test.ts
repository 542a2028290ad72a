import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/import/decode";

describe("decodeCsvBytes", () => {
  it("reads UTF-8, and Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("Catégorie;Montant\nRéseau;12,50 €\n"))).toBe(
      "Catégorie;Montant\nRéseau;12,50 €\n",
    );
    const cp1252 = Uint8Array.from([0x43, 0x61, 0x74, 0xe9, 0x67, 0x3b, 0x80]); // "Catég;€"
    expect(decodeCsvBytes(cp1252)).toBe("Catég;€");
  });
});
