import { describe, expect, it } from "vitest";
import { reportContentSchema, type ReportContent } from "@/lib/reports/content";
import { carryOverStructure, emptyContent } from "@/lib/reports/structure";

const previous: ReportContent = {
  metrics: {
    incidentsOpened: { value: 12, source: "PSA ticketing", asOf: "2026-10-31" },
    mttrHours: { value: 4.5, source: null, asOf: "2026-10-31" },
    lastRestoreTest: { value: "2026-10-12", source: "Restore log", asOf: "2026-10-31" },
    ticketsByCategory: {
      value: [
        { category: "Network", count: 3 },
        { category: "Accounts", count: 5 },
      ],
      source: "PSA ticketing",
      asOf: "2026-10-31",
    },
  },
  narrative: { highlights: "October went well.", risks: "Disk space.", decisionsNeeded: null },
  recommendations: [{ title: "Enable MFA", detail: "Remote users first.", priority: "high" }],
  roadmap: [
    { title: "SharePoint migration", status: "in_progress", targetQuarter: "2026-Q4" },
    { title: "New firewall", status: "done", targetQuarter: "2026-Q3" },
  ],
  budget: [{ label: "Managed services fee", kind: "run", amount: 1700, note: "Inside the contract" }],
};

describe("a new month starts from the previous one's structure", () => {
  const next = carryOverStructure(previous);

  it("keeps sources, never last month's figures", () => {
    expect(next.metrics.incidentsOpened).toEqual({ value: null, source: "PSA ticketing", asOf: null });
    expect(next.metrics.lastRestoreTest).toEqual({ value: null, source: "Restore log", asOf: null });
    expect(next.metrics.mttrHours).toBeUndefined(); // no source, no figure: nothing to carry
  });

  it("keeps ticket categories without their counts", () => {
    expect(next.metrics.ticketsByCategory).toEqual({
      value: [
        { category: "Network", count: null },
        { category: "Accounts", count: null },
      ],
      source: "PSA ticketing",
      asOf: null,
    });
  });

  it("carries recommendations, budget lines and open roadmap items; not the narrative or finished items", () => {
    expect(next.narrative).toEqual({});
    expect(next.recommendations).toEqual(previous.recommendations);
    expect(next.budget).toEqual(previous.budget);
    expect(next.roadmap).toEqual([{ title: "SharePoint migration", status: "in_progress", targetQuarter: "2026-Q4" }]);
    expect(next.recommendations[0]).not.toBe(previous.recommendations[0]);
  });

  it("produces valid stored content; with no previous report, an empty one", () => {
    expect(reportContentSchema.safeParse(next).success).toBe(true);
    expect(carryOverStructure(null)).toEqual(emptyContent());
  });
});
