import { describe, expect, it } from "vitest";
import { cleanSignature, signatureMatches } from "@/lib/signatures/signature-name";

describe("a decision's typed-name signature", () => {
  it("matches the account's name whatever the case, accents and spacing", () => {
    expect(signatureMatches("Camille Lefèvre", "Camille Lefèvre")).toBe(true);
    expect(signatureMatches("  camille   LEFEVRE ", "Camille Lefèvre")).toBe(true);
    expect(signatureMatches("Camille\u00a0Lefe\u0300vre", "Camille Lefèvre")).toBe(true);
  });

  it("refuses another name, a part of the name and an empty one", () => {
    expect(signatureMatches("Camille", "Camille Lefèvre")).toBe(false);
    expect(signatureMatches("Camille Lefèvres", "Camille Lefèvre")).toBe(false);
    expect(signatureMatches("Nora Whitfield", "Camille Lefèvre")).toBe(false);
    expect(signatureMatches("   ", "   ")).toBe(false);
  });

  it("is stored as typed, trimmed with spaces collapsed", () => {
    expect(cleanSignature("  Camille \t Lefèvre ")).toBe("Camille Lefèvre");
  });
});
