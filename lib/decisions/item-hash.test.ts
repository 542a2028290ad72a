import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { itemHash, shortHash } from "@/lib/decisions/item-hash";
import { canonicalJson } from "@/lib/signatures/content-hash";

describe("the hash of an item as published", () => {
  it("is the SHA-256 of its canonical JSON: keys sorted at every level, no whitespace", () => {
    const item = { title: "Enable MFA", priority: "high", id: "itm_mfa00000001", detail: null };
    expect(canonicalJson(item)).toBe('{"detail":null,"id":"itm_mfa00000001","priority":"high","title":"Enable MFA"}');
    expect(itemHash(item)).toBe(createHash("sha256").update(canonicalJson(item)).digest("hex"));
    expect(itemHash(item)).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalJson({ b: [{ z: 1, a: "é" }], a: { d: true, c: 2.5 } })).toBe(
      '{"a":{"c":2.5,"d":true},"b":[{"a":"é","z":1}]}',
    );
  });

  it("does not depend on key order, and changes with any change of the item", () => {
    const a = { id: "itm_x0000001", title: "Migrate", status: "planned", targetQuarter: "2026-Q4" };
    const b = { targetQuarter: "2026-Q4", status: "planned", title: "Migrate", id: "itm_x0000001" };
    expect(itemHash(a)).toBe(itemHash(b));
    expect(itemHash({ ...a, status: "in_progress" })).not.toBe(itemHash(a));
    expect(itemHash({ ...a, title: "Migrate " })).not.toBe(itemHash(a));
    expect(shortHash(itemHash(a))).toHaveLength(12);
  });
});
