import { describe, expect, it } from "vitest";
import { defaultAsOf, figuresDatedAfter } from "@/lib/reports/figure-dates";

describe("when a report's figures may be dated", () => {
  it("proposes the end of the month, or today while the month is not over", () => {
    expect(defaultAsOf("2026-02", new Date("2026-03-10T12:00:00Z"))).toBe("2026-02-28");
    expect(defaultAsOf("2026-03", new Date("2026-03-10T12:00:00Z"))).toBe("2026-03-10");
    expect(defaultAsOf("2026-04", new Date("2026-03-10T12:00:00Z"))).toBe("2026-03-10");
    expect(defaultAsOf("2024-02", new Date("2024-03-01T00:00:00Z"))).toBe("2024-02-29");
  });

  it("names every figure dated after a day, by its form field", () => {
    expect(
      figuresDatedAfter(
        {
          mttrHours: { value: 2, source: "PSA", asOf: "2026-03-11" },
          availabilityPct: { value: 99.9, source: "Monitoring", asOf: "2026-03-10" },
          lastRestoreTest: { value: "2026-03-12", source: "Log", asOf: "2026-03-09" },
          ticketsByCategory: { value: [], source: "PSA", asOf: "2026-04-01" },
        },
        "2026-03-10",
      ),
    ).toEqual([
      { path: "metrics.mttrHours.asOf", metric: "mttrHours" },
      { path: "metrics.lastRestoreTest.value", metric: "lastRestoreTest" },
      { path: "metrics.ticketsByCategory.asOf", metric: "ticketsByCategory" },
    ]);
  });
});
