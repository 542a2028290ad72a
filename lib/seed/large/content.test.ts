import { describe, expect, it } from "vitest";
import { reportContentSchema } from "@/lib/reports/content";
import { prng } from "@/lib/seed/demo";
import { mspName, organizationName, reportMetrics, reportTemplate } from "@/lib/seed/large/content";
import { MODELS } from "@/lib/vocabulary";

describe("report content", () => {
  it("matches the report content schema for every model and month", () => {
    const rng = prng(3);
    for (const model of MODELS) {
      for (const period of ["2024-02", "2025-12", "2026-11"]) {
        for (let i = 0; i < 30; i++) {
          const t = reportTemplate(rng, period);
          const content = {
            metrics: reportMetrics(rng, rng.pick([5, 40, 160]), period, model),
            narrative: JSON.parse(t.narrative),
            recommendations: JSON.parse(t.recommendations),
            roadmap: JSON.parse(t.roadmap),
            budget: JSON.parse(t.budget),
          };
          const parsed = reportContentSchema.safeParse(content);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
          // Patching is in the managed contract only: absent (no data), never zero, for the others.
          expect("patchCompliancePct" in content.metrics).toBe(model === "MANAGED");
        }
      }
    }
  });
});

describe("names", () => {
  it("gives 5,000 distinct organization names and 49 distinct MSP names", () => {
    expect(new Set(Array.from({ length: 5_000 }, (_, i) => organizationName(i))).size).toBe(5_000);
    expect(new Set(Array.from({ length: 49 }, (_, i) => mspName(i))).size).toBe(49);
  });
});
