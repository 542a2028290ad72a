import { describe, expect, it } from "vitest";
import { parseDecimal } from "@/lib/import/decimal";

describe("parseDecimal", () => {
  it.each([
    ["1234.5", 1234.5],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["1234,5", 1234.5],
    ["1 234,50", 1234.5],
    ["1\u00a0234,50", 1234.5],
    ["€ 120,00", 120],
    ["0,25", 0.25],
    ["2", 2],
    ["1.234.567", 1234567],
  ])("reads %s", (raw, value) => expect(parseDecimal(raw)).toBe(value));

  it("lets the file decide an ambiguous 1,234 / 1.234", () => {
    expect(parseDecimal("1,234", true)).toBe(1.234);
    expect(parseDecimal("1,234", false)).toBe(1234);
    expect(parseDecimal("1.234", true)).toBe(1234);
    expect(parseDecimal("1.234", false)).toBe(1.234);
  });

  it.each(["", "abc", "1,2,3", "1.2.3,4,5", "12,", "1,23.4,5", "--1"])("refuses %j", (raw) =>
    expect(parseDecimal(raw)).toBeNull(),
  );
});
