import { describe, expect, it } from "vitest";
import {
  addMonths,
  currentPeriod,
  isPeriod,
  latestAllowedPeriod,
  parseQuarter,
  periodEndDay,
  periodStart,
  quarterOptions,
} from "@/lib/reports/period";

describe("report periods", () => {
  it("recognises YYYY-MM only", () => {
    expect(isPeriod("2026-11")).toBe(true);
    expect(isPeriod("2026-13")).toBe(false);
    expect(isPeriod("2026-1")).toBe(false);
    expect(isPeriod("1999-12")).toBe(false);
    expect(isPeriod(202611)).toBe(false);
  });

  it("moves across year boundaries", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-06", -18)).toBe("2024-12");
  });

  it("knows the last day of each month, leap years included", () => {
    expect(periodEndDay("2024-02")).toBe("2024-02-29");
    expect(periodEndDay("2026-02")).toBe("2026-02-28");
    expect(periodEndDay("2026-11")).toBe("2026-11-30");
    expect(periodEndDay("2026-12")).toBe("2026-12-31");
  });

  it("reads the current month in UTC and allows one month ahead", () => {
    const now = new Date("2026-12-31T23:30:00Z");
    expect(currentPeriod(now)).toBe("2026-12");
    expect(latestAllowedPeriod(now)).toBe("2027-01");
    expect(periodStart("2026-12").toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("offers quarters from last year to two years ahead, keeping stored ones", () => {
    const q = quarterOptions("2026-11", ["2031-Q2", "garbage"]);
    expect(q[0]).toBe("2025-Q1");
    expect(q).toContain("2028-Q4");
    expect(q).toContain("2031-Q2");
    expect(q).not.toContain("garbage");
    expect(parseQuarter("2027-Q3")).toEqual({ year: 2027, quarter: 3 });
    expect(parseQuarter("2027-Q5")).toBeNull();
  });
});
