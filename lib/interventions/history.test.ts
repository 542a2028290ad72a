import { describe, expect, it } from "vitest";
import { historyWindowStart, logAsHistory, monthsCovered, sourcedHistory, type LogHistory } from "./history";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const log: LogHistory = {
  incidents: 14,
  hours: 21.5,
  months: 12,
  from: day("2025-12-02"),
  to: day("2026-12-01"),
  count: 20,
};

describe("the interventions log as incident history", () => {
  it("covers the 12 months up to today, both ends included", () => {
    expect(historyWindowStart(day("2026-12-01")).toISOString().slice(0, 10)).toBe("2025-12-02");
    expect(historyWindowStart(day("2024-02-29")).toISOString().slice(0, 10)).toBe("2023-03-02");
  });

  it("counts the months since the first intervention, within 1 to 12", () => {
    expect(monthsCovered(day("2026-12-01"), day("2026-12-01"))).toBe(1);
    expect(monthsCovered(day("2026-09-02"), day("2026-12-01"))).toBe(3);
    expect(monthsCovered(day("2026-09-01"), day("2026-12-01"))).toBe(3);
    expect(monthsCovered(day("2026-08-15"), day("2026-12-01"))).toBe(4);
    expect(monthsCovered(day("2020-01-01"), day("2026-12-01"))).toBe(12);
  });

  it("keeps the log as the source only while the figures are the log's", () => {
    expect(sourcedHistory(logAsHistory(log), log)).toEqual({
      incidents: 14,
      hours: 21.5,
      months: 12,
      source: "interventionsLog",
    });
    const shorter = { ...log, months: 3 };
    expect(sourcedHistory({ incidents: 14, hours: 21.5, months: 12, source: "assessment" }, shorter)).toMatchObject({
      months: 3,
      source: "interventionsLog",
    });
    expect(sourcedHistory({ incidents: 15, hours: 21.5, months: 3, source: "interventionsLog" }, log)).toEqual({
      incidents: 15,
      hours: 21.5,
      months: 12,
      source: "assessment",
    });
    expect(sourcedHistory({ hours: 21.5, months: 12, source: "assessment" }, log)?.source).toBe("assessment");
    expect(sourcedHistory({ incidents: 2, months: 12, source: "assessment" }, null)?.source).toBe("assessment");
    expect(sourcedHistory(null, log)).toBeNull();
  });

  it("reads a log of time entries only as hours, without incidents", () => {
    const entries = { ...log, incidents: undefined };
    expect(logAsHistory(entries)).toEqual({ hours: 21.5, months: 12, source: "interventionsLog" });
  });
});
