import { describe, expect, it } from "vitest";
import { readContent, readMetrics } from "@/lib/reports/read-content";

describe("reading stored report content", () => {
  it("keeps valid entries and drops damaged ones (they read as no data)", () => {
    const { content, damaged } = readContent({
      metrics: {
        incidentsOpened: { value: 4, source: "PSA", asOf: "2026-11-30" },
        mttrHours: { value: "fast" },
        bogus: 1,
        availabilityPct: null,
      },
      narrative: { highlights: "Fine." },
      recommendations: [
        { title: "MFA", detail: null, priority: "high" },
        { title: "", priority: "urgent" },
      ],
      roadmap: "not a list",
      budget: null,
    });
    expect(content.metrics).toEqual({ incidentsOpened: { value: 4, source: "PSA", asOf: "2026-11-30" } });
    expect(content.narrative).toEqual({ highlights: "Fine." });
    expect(content.recommendations).toHaveLength(1);
    expect(content.roadmap).toEqual([]);
    expect(content.budget).toEqual([]);
    expect(damaged).toEqual(["metrics.mttrHours", "metrics.bogus", "recommendations.1", "roadmap"]);
  });

  it("accepts an empty report", () => {
    expect(readContent({ metrics: {}, narrative: {}, recommendations: [], roadmap: [], budget: [] }).damaged).toEqual(
      [],
    );
    expect(readMetrics(undefined)).toEqual({});
  });
});
