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
  recommendations: [{ id: "itm_mfa00000001", title: "Enable MFA", detail: "Remote users first.", priority: "high" }],
  roadmap: [
    { id: "itm_sharepoint01", title: "SharePoint migration", status: "in_progress", targetQuarter: "2026-Q4" },
    { id: "itm_firewall0001", title: "New firewall", status: "done", targetQuarter: "2026-Q3" },
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
    expect(next.roadmap).toEqual([
      { id: "itm_sharepoint01", title: "SharePoint migration", status: "in_progress", targetQuarter: "2026-Q4" },
    ]);
    expect(next.recommendations[0]).not.toBe(previous.recommendations[0]);
  });

  it("keeps each item's id, so decisions and trails follow it; an item without one gets one", () => {
    expect(next.recommendations[0]?.id).toBe("itm_mfa00000001");
    expect(next.roadmap[0]?.id).toBe("itm_sharepoint01");
    const legacy = carryOverStructure({
      ...previous,
      recommendations: [
        { title: "A", detail: null, priority: "low" },
        { id: "itm_dup000000001", title: "B", detail: null, priority: "low" },
        { id: "itm_dup000000001", title: "C", detail: null, priority: "low" },
      ],
    });
    const ids = legacy.recommendations.map((r) => r.id);
    expect(ids[0]).toMatch(/^itm_[0-9a-z]{20}$/);
    expect(ids[1]).toBe("itm_dup000000001");
    expect(new Set(ids).size).toBe(3);
  });

  it("produces valid stored content; with no previous report, an empty one", () => {
    expect(reportContentSchema.safeParse(next).success).toBe(true);
    expect(carryOverStructure(null)).toEqual(emptyContent());
  });
});
