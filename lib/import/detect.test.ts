import { describe, expect, it } from "vitest";
import { detectDateOrder, detectDecimalComma } from "@/lib/import/detect";

describe("detectDateOrder", () => {
  it("reads the order from a date that only reads one way", () => {
    expect(detectDateOrder(["01/02/2026", "24/03/2026"], ",")).toBe("DMY");
    expect(detectDateOrder(["01/02/2026", "03/24/2026"], ";")).toBe("MDY");
  });
  it("falls back on the delimiter when every date reads both ways", () => {
    expect(detectDateOrder(["01/02/2026", "2026-03-04"], ";")).toBe("DMY");
    expect(detectDateOrder(["01/02/2026"], ",")).toBe("MDY");
  });
});

describe("detectDecimalComma", () => {
  it("reads the decimal mark from a number that only reads one way", () => {
    expect(detectDecimalComma(["2", "1,5"], ",")).toBe(true);
    expect(detectDecimalComma(["1.234,50"], ",")).toBe(true);
    expect(detectDecimalComma(["2", "1.25"], ";")).toBe(false);
    expect(detectDecimalComma(["1,234.50"], ";")).toBe(false);
  });
  it("falls back on the delimiter when nothing decides", () => {
    expect(detectDecimalComma(["2", "1,234"], ";")).toBe(true);
    expect(detectDecimalComma(["2", "1,234"], ",")).toBe(false);
  });
});
