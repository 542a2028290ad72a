import { describe, expect, it } from "vitest";
import { formatter } from "@/lib/i18n/translate";
import type { ReportMetrics } from "@/lib/reports/content";
import {
  backupSuccessPct,
  formatMetric,
  hasData,
  metricsWithoutData,
  numericValue,
  ticketTotal,
} from "@/lib/reports/metrics";

const format = formatter("en");
const m = (value: number | null) => ({ value, source: "PSA", asOf: "2026-11-30" });

describe("metrics: no data is never zero", () => {
  it("an absent metric, a null value and a damaged value all read as no data", () => {
    const metrics = { incidentsOpened: m(null) } as ReportMetrics;
    expect(numericValue(metrics, "incidentsOpened")).toBeNull();
    expect(numericValue(metrics, "majorIncidents")).toBeNull();
    expect(numericValue({ mttrHours: { value: "7" } } as unknown as ReportMetrics, "mttrHours")).toBeNull();
    expect(numericValue(undefined, "mttrHours")).toBeNull();
    expect(formatMetric(format, metrics, "incidentsOpened")).toBeNull();
    expect(formatMetric(format, {}, "lastRestoreTest")).toBeNull();
    expect(formatMetric(format, {}, "ticketsByCategory")).toBeNull();
  });

  it("a real zero is data and shows as 0", () => {
    const metrics: ReportMetrics = { majorIncidents: m(0) };
    expect(numericValue(metrics, "majorIncidents")).toBe(0);
    expect(formatMetric(format, metrics, "majorIncidents")).toBe("0");
    expect(hasData(metrics, "majorIncidents")).toBe(true);
  });

  it("formats percentages, hours and dates", () => {
    const metrics: ReportMetrics = {
      availabilityPct: m(99.95),
      mttrHours: m(4.25),
      lastRestoreTest: { value: "2026-11-03", source: "log", asOf: "2026-11-30" },
    };
    expect(formatMetric(format, metrics, "availabilityPct")).toBe("99.95%");
    expect(formatMetric(format, metrics, "mttrHours")).toBe("4.3");
    expect(formatMetric(format, metrics, "lastRestoreTest")).toBe("Nov 3, 2026");
  });

  it("derives the backup success rate only from two known counts", () => {
    expect(backupSuccessPct({ backupJobsSucceeded: m(57), backupJobsFailed: m(3) })).toBe(95);
    expect(backupSuccessPct({ backupJobsSucceeded: m(57) })).toBeNull();
    expect(backupSuccessPct({ backupJobsSucceeded: m(0), backupJobsFailed: m(0) })).toBeNull();
  });

  it("totals ticket categories that have a count, and nothing when none has", () => {
    const value = [
      { category: "Network", count: 2 },
      { category: "Hardware", count: null },
      { category: "Access", count: 0 },
    ];
    expect(ticketTotal({ ticketsByCategory: { value, source: null, asOf: null } })).toBe(2);
    expect(
      ticketTotal({ ticketsByCategory: { value: [{ category: "Network", count: null }], source: null, asOf: null } }),
    ).toBeNull();
    expect(ticketTotal({ ticketsByCategory: { value: [], source: null, asOf: null } })).toBeNull();
  });

  it("lists the metrics a report lacks", () => {
    const missing = metricsWithoutData({ incidentsOpened: m(3), patchCompliancePct: m(null) });
    expect(missing).not.toContain("incidentsOpened");
    expect(missing).toContain("patchCompliancePct");
    expect(missing).toHaveLength(9);
  });
});
