import { describe, expect, it } from "vitest";
import type { ReportMetrics } from "@/lib/reports/content";
import { addMonths } from "@/lib/reports/period";
import { buildTrend, lastChange, seriesHasData } from "@/lib/reports/trends";

const point = (
  period: string,
  opened: number | null,
  availability?: number,
): { period: string; metrics: ReportMetrics } => ({
  period,
  metrics: {
    incidentsOpened: { value: opened, source: "PSA", asOf: null },
    ...(availability === undefined
      ? {}
      : { availabilityPct: { value: availability, source: "Monitoring", asOf: null } }),
  },
});

describe("trends over published months", () => {
  it("orders oldest first and keeps the last twelve", () => {
    const reports = Array.from({ length: 15 }, (_, i) => point(addMonths("2025-01", i), i));
    const trend = buildTrend([...reports].reverse());
    expect(trend).toHaveLength(12);
    expect(trend[0]!.period).toBe("2025-04");
    expect(trend[11]!.period).toBe("2026-03");
    expect(trend[11]!.incidentsOpened).toBe(14);
  });

  it("keeps a missing month's value as null (a gap), never zero", () => {
    const trend = buildTrend([point("2026-01", 4, 99.9), point("2026-02", null), point("2026-03", 0, 99.5)]);
    expect(trend.map((p) => p.incidentsOpened)).toEqual([4, null, 0]);
    expect(trend.map((p) => p.availabilityPct)).toEqual([99.9, null, 99.5]);
    expect(trend.map((p) => p.patchCompliancePct)).toEqual([null, null, null]);
    expect(seriesHasData(trend, "patchCompliancePct")).toBe(false);
    expect(seriesHasData(trend, "incidentsOpened")).toBe(true);
  });

  it("measures the last change against the previous month with data", () => {
    const trend = buildTrend([point("2026-01", 4), point("2026-02", null), point("2026-03", 7)]);
    expect(lastChange(trend, "incidentsOpened")).toBe(3);
    expect(lastChange(buildTrend([point("2026-01", 4)]), "incidentsOpened")).toBeNull();
    expect(lastChange(buildTrend([point("2026-01", 4), point("2026-02", null)]), "incidentsOpened")).toBeNull();
  });

  it("counts a period once even if given twice", () => {
    expect(buildTrend([point("2026-01", 1), point("2026-01", 2)])).toHaveLength(1);
  });
});
