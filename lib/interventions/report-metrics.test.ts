import { describe, expect, it } from "vitest";
import { majorThreshold, proposalWindow, proposeReportMetrics, type LogRow } from "./report-metrics";

const ticket = (category: string, extra: Partial<LogRow> = {}): LogRow => ({
  kind: "TICKET",
  category,
  detection: "USER_REPORTED",
  peopleAffected: 0,
  ...extra,
});

describe("the month's window", () => {
  it("is the whole month once it is over", () => {
    expect(proposalWindow("2026-10", "2026-12-01")).toEqual({ from: "2026-10-01", to: "2026-10-31" });
  });
  it("stops at today while the month runs, and does not exist before it starts", () => {
    expect(proposalWindow("2026-12", "2026-12-01")).toEqual({ from: "2026-12-01", to: "2026-12-01" });
    expect(proposalWindow("2027-01", "2026-12-01")).toBeNull();
  });
  it("knows February's length", () => {
    expect(proposalWindow("2028-02", "2028-06-01")?.to).toBe("2028-02-29");
  });
});

describe("a major incident", () => {
  it("stops a quarter of the client's people, never fewer than two", () => {
    expect(majorThreshold(40)).toBe(10);
    expect(majorThreshold(41)).toBe(11);
    expect(majorThreshold(3)).toBe(2);
    expect(majorThreshold(0)).toBe(2);
  });
});

describe("the proposed figures", () => {
  const window = { from: "2026-11-01", to: "2026-11-30" };
  const rows: LogRow[] = [
    ticket("Network", { detection: "MONITORING", peopleAffected: 12 }),
    ticket("Network", { peopleAffected: 9 }),
    ticket("Printing"),
    ticket("Backups", { detection: "MONITORING" }),
    ticket("Backups"),
    ticket("Backups", { peopleAffected: 10 }),
    { kind: "TIME_ENTRY", category: "Network", detection: "USER_REPORTED", peopleAffected: 40 },
  ];
  const p = proposeReportMetrics(rows, window, 40);

  it("counts tickets as incidents, and time entries as work only", () => {
    expect(p).toMatchObject({ tickets: 6, timeEntries: 1, incidentsOpened: 6, asOf: "2026-11-30" });
  });
  it("counts major incidents against the client's size", () => {
    expect(p.majorThreshold).toBe(10);
    expect(p.majorIncidents).toBe(2); // 12 and 10 people; 9 is below, the time entry is not a ticket
  });
  it("splits tickets by how they were detected", () => {
    expect([p.detected, p.reported]).toEqual([2, 4]);
  });
  it("ranks categories by tickets, then by name, without time entries", () => {
    expect(p.ticketsByCategory).toEqual([
      { category: "Backups", count: 3 },
      { category: "Network", count: 2 },
      { category: "Printing", count: 1 },
    ]);
    expect(p.otherCategories).toBe(0);
  });
  it("keeps the report's 30 categories and says how many more there were", () => {
    const many = Array.from({ length: 33 }, (_, i) => ticket(`Category ${String(i).padStart(2, "0")}`));
    const q = proposeReportMetrics(many, window, 10);
    expect(q.ticketsByCategory).toHaveLength(30);
    expect(q.otherCategories).toBe(3);
  });
  it("proposes zero incidents for a month with nothing logged", () => {
    expect(proposeReportMetrics([], window, 10)).toMatchObject({
      incidentsOpened: 0,
      majorIncidents: 0,
      ticketsByCategory: [],
    });
  });
});
