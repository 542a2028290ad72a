import { describe, expect, it } from "vitest";
import { decide } from "@/lib/engine";
import { EXAMPLE_2 } from "@/lib/engine/test-fixtures";
import { monthlyCostGap } from "@/lib/domain/assessments/cost-gap";

const costs = (bf: number, hy: number, ma: number, horizonMonths = 10) => ({
  horizonMonths,
  BREAK_FIX: { total: bf },
  HYBRID: { total: hy },
  MANAGED: { total: ma },
});

describe("monthlyCostGap", () => {
  it("is the current model's average monthly cost minus the recommended one's", () => {
    const result = { recommendation: "MANAGED", costs: costs(5000, 4000, 3000) } as unknown as Parameters<
      typeof monthlyCostGap
    >[0];
    expect(monthlyCostGap(result, "BREAK_FIX")).toBe(200);
    expect(monthlyCostGap(result, "HYBRID")).toBe(100);
    expect(monthlyCostGap(result, "MANAGED")).toBe(0);
  });

  it("is negative when the recommendation costs more, and rounds to the cent", () => {
    const result = { recommendation: "MANAGED", costs: costs(1000, 1000, 2000, 3) } as unknown as Parameters<
      typeof monthlyCostGap
    >[0];
    expect(monthlyCostGap(result, "BREAK_FIX")).toBe(-333.33);
  });

  it("agrees with a real engine result", () => {
    const result = decide(EXAMPLE_2);
    const expected =
      Math.round(
        ((result.costs.BREAK_FIX.total - result.costs[result.recommendation].total) / result.costs.horizonMonths) * 100,
      ) / 100;
    expect(monthlyCostGap(result, "BREAK_FIX")).toBe(expected);
    expect(monthlyCostGap(result, result.recommendation)).toBe(0);
  });
});
