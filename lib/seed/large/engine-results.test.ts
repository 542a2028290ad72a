import { describe, expect, it } from "vitest";
import { decide } from "@/lib/engine";
import { monthlyCostGap } from "@/lib/domain/assessments/cost-gap";
import { buildResultCatalog, DEFAULT_TENANT_PRICING } from "@/lib/seed/large/engine-results";
import { MODELS } from "@/lib/vocabulary";

describe("buildResultCatalog", () => {
  const catalog = buildResultCatalog(DEFAULT_TENANT_PRICING);

  it("holds real decide() results for the inputs stored beside them", () => {
    for (const r of catalog.all) {
      expect(JSON.parse(r.json)).toEqual(
        JSON.parse(JSON.stringify(decide(r.input, { defaults: DEFAULT_TENANT_PRICING }))),
      );
      expect(r.costGap.HYBRID).toBe(monthlyCostGap(r.result, "HYBRID"));
    }
  });

  it("has a result for every recommendation, near the requested size", () => {
    for (const model of MODELS) {
      for (const headcount of [3, 20, 200]) expect(catalog.pick(model, headcount).result.recommendation).toBe(model);
    }
    expect(catalog.pick("MANAGED", 60).input.headcount).toBe(60);
  });
});
