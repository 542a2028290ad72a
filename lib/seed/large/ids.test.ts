import { describe, expect, it } from "vitest";
import { createIdFactory, GENERATED_ID } from "@/lib/seed/large/ids";
import { id } from "@/lib/validation/fields";

describe("createIdFactory", () => {
  it("makes 25-character lowercase cuid-like ids that the app's id schema accepts", () => {
    const next = createIdFactory();
    for (let i = 0; i < 1_000; i++) {
      const value = next();
      expect(value).toMatch(GENERATED_ID);
      expect(id().safeParse(value).success).toBe(true);
    }
  });

  it("never repeats, within a factory or across factories at the same millisecond", () => {
    const clock = () => 1_764_000_000_000;
    const a = createIdFactory(clock);
    const b = createIdFactory(clock);
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      seen.add(a());
      seen.add(b());
    }
    expect(seen.size).toBe(200_000);
  });

  it("sorts by time first", () => {
    let t = 1_764_000_000_000;
    const next = createIdFactory(() => t);
    const early = next();
    t += 1;
    expect(next() > early).toBe(true);
  });
});
