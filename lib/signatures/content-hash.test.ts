import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { canonicalJson, contentSha256 } from "@/lib/signatures/content-hash";
import { signatureMatches } from "@/lib/signatures/signature-name";

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: "x" } })).toBe('{"a":{"c":"x","d":[2,1]},"b":1}');
  });
  it("gives the same hash whatever the key order", () => {
    expect(contentSha256({ a: 1, b: [1, { y: 2, x: 1 }] })).toBe(contentSha256({ b: [1, { x: 1, y: 2 }], a: 1 }));
  });
  it("is the SHA-256 of the canonical text", () => {
    const v = { z: null, a: "é" };
    expect(contentSha256(v)).toBe(createHash("sha256").update('{"a":"é","z":null}', "utf8").digest("hex"));
  });
  it("changes when any value changes", () => {
    expect(contentSha256({ total: 100 })).not.toBe(contentSha256({ total: 100.01 }));
  });
  it("refuses a number JSON cannot hold", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});

describe("signatureMatches", () => {
  it("accepts the full name with other case and spaces", () => {
    expect(signatureMatches("  jane   DOE ", "Jane Doe")).toBe(true);
  });
  it("refuses another name or an empty one", () => {
    expect(signatureMatches("Jane", "Jane Doe")).toBe(false);
    expect(signatureMatches("   ", "Jane Doe")).toBe(false);
  });
});
