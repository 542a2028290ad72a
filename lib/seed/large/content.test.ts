import { describe, expect, it } from "vitest";
import { reportContentSchema } from "@/lib/reports/content";
import { ITEM_ID_PATTERN } from "@/lib/reports/item-id";
import { prng } from "@/lib/seed/demo";
import { titleItemId } from "@/lib/seed/item-ids";
import { mspName, organizationName, reportMetrics, reportTemplate } from "@/lib/seed/large/content";
import { MODELS } from "@/lib/vocabulary";

describe("report content", () => {
  it("matches the report content schema for every model and month", () => {
    const rng = prng(3);
    for (const model of MODELS) {
      for (const period of ["2024-02", "2025-12", "2026-11"]) {
        for (let i = 0; i < 30; i++) {
          const t = reportTemplate(rng, period, "org_a");
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

describe("item ids", () => {
  it("gives each item the app's id form, the same id every month for an organization, another for another organization", () => {
    const rng = prng(5);
    const seen = new Map<string, string>();
    for (const period of ["2025-01", "2025-02", "2026-06", "2026-11"]) {
      for (let i = 0; i < 20; i++) {
        for (const org of ["org_a", "org_b"]) {
          const t = reportTemplate(rng, period, org);
          for (const [kind, json] of [
            ["recommendation", t.recommendations],
            ["roadmap", t.roadmap],
          ] as const) {
            for (const item of JSON.parse(json) as { id: string; title: string }[]) {
              expect(item.id).toMatch(ITEM_ID_PATTERN);
              expect(item.id).toBe(titleItemId(org, kind, item.title));
              const key = `${org}:${kind}:${item.title}`;
              expect(seen.get(key) ?? item.id).toBe(item.id);
              seen.set(key, item.id);
            }
          }
        }
      }
    }
    const a = [...seen].filter(([k]) => k.startsWith("org_a:")).map(([, v]) => v);
    const b = [...seen].filter(([k]) => k.startsWith("org_b:")).map(([, v]) => v);
    expect(a.length).toBeGreaterThan(3);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });
});

describe("names", () => {
  it("gives 5,000 distinct organization names and 49 distinct MSP names", () => {
    expect(new Set(Array.from({ length: 5_000 }, (_, i) => organizationName(i))).size).toBe(5_000);
    expect(new Set(Array.from({ length: 49 }, (_, i) => mspName(i))).size).toBe(49);
  });
});
