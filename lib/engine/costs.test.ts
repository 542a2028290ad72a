import { describe, expect, it } from "vitest";
import { COST_MODEL, DEFAULT_ECONOMICS, decide, type AssessmentInput } from "./index";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "./test-fixtures";
import { english } from "./test-render";

const fixed = {
  incidentsPerMonth: 2,
  hoursPerIncident: 1,
  hourlyRate: 100,
  downtimeHoursPerIncident: 0,
  downtimeCostPerHour: 0,
  managedFeePerUserMonth: 50,
  hybridFeePerUserMonth: 20,
  horizonMonths: 3,
};

describe("cost comparison", () => {
  it("computes the three models month by month (hand-checked)", () => {
    const costs = decide({ ...EXAMPLE_1, economics: fixed }).costs;
    // Break-fix: 2 incidents × 1 h × 100, drifting 1%/month (no trigger).
    expect(costs.BREAK_FIX).toEqual({ monthly: [200, 202, 204.02], cumulative: [200, 402, 606.02], total: 606.02 });
    // Hybrid: 10 × 20 + 200 × (1 − 0.15: one scope item, "endpoints") drifting 0.5%/month.
    expect(costs.HYBRID).toEqual({ monthly: [370, 370.85, 371.7], cumulative: [370, 740.85, 1112.55], total: 1112.55 });
    // Managed: 10 × 50 + 200 × 0.35, flat.
    expect(costs.MANAGED).toEqual({ monthly: [570, 570, 570], cumulative: [570, 1140, 1710], total: 1710 });
    expect(costs.breakEvenMonth).toBeNull();
    expect(costs.breakEvenAgainst).toBe("MANAGED");
  });

  it("drifts faster with every trigger: 1% + 0.5 point per trigger", () => {
    expect(decide(EXAMPLE_1).costs.parameters.breakFixDriftPerMonth).toBe(0.01);
    expect(decide(EXAMPLE_3).costs.parameters.breakFixDriftPerMonth).toBe(0.02);
    expect(decide(EXAMPLE_2).costs.parameters.breakFixDriftPerMonth).toBe(0.03);
    expect(decide(EXAMPLE_2).costs.parameters.hybridDriftPerMonth).toBe(0.015);
  });

  it("caps the drift at 3× the starting level", () => {
    const costs = decide({ ...EXAMPLE_2, economics: { ...fixed, horizonMonths: 120 } }).costs;
    const first = costs.BREAK_FIX.monthly[0] ?? 0;
    expect(Math.max(...costs.BREAK_FIX.monthly)).toBeCloseTo(first * COST_MODEL.driftCap, 2);
    expect(costs.BREAK_FIX.monthly.at(-1)).toBe(costs.BREAK_FIX.monthly.at(-2));
  });

  it("shows break-fix cheaper short term and managed cheaper once incidents multiply (example 2)", () => {
    const costs = decide(EXAMPLE_2).costs;
    expect(costs.MANAGED.monthly[0]).toBeGreaterThan(costs.BREAK_FIX.monthly[0] ?? 0);
    expect(costs.breakEvenAgainst).toBe("MANAGED");
    expect(costs.breakEvenMonth).toBe(4);
    expect(costs.notes.map(english)).toContain(
      "Managed services become cheaper than break-fix, cumulatively, from month 4.",
    );
  });

  it("compares against hybrid when hybrid is recommended", () => {
    const costs = decide(EXAMPLE_3).costs;
    expect(costs.breakEvenAgainst).toBe("HYBRID");
    expect(costs.parameters.hybridIncidentReduction).toBe(0.3);
  });

  it("says projects stay outside the contract and that costs inform while the operating logic decides", () => {
    const costs = decide(EXAMPLE_1).costs;
    expect(costs.outsideContract).toEqual(["migration", "renewal", "networkRedesign"]);
    expect(costs.notes.map(english)).toContain(
      "Projects such as migration, full renewal or network redesign stay outside the managed contract and keep their own budget line.",
    );
    expect(costs.notes.map(english)).toContain(
      "Costs inform, the operating logic decides: the recommendation comes from how critical IT is to the business, not from the cheapest line.",
    );
  });
});

describe("economics resolution", () => {
  it("uses the built-in defaults, deriving incidents and downtime cost from size", () => {
    const costs = decide(EXAMPLE_2).costs;
    expect(costs.horizonMonths).toBe(36);
    expect(costs.assumptions).toEqual({
      ...DEFAULT_ECONOMICS,
      incidentsPerMonth: 6.75, // 0.15 × 45 endpoints
      downtimeCostPerHour: 400, // 10 × 40 people
    });
    expect(costs.assumptionSources.incidentsPerMonth).toBe("derived");
    expect(costs.assumptionSources.hourlyRate).toBe("default");
  });

  it("never goes below the floors for a tiny organization", () => {
    const tiny: AssessmentInput = { ...EXAMPLE_1, headcount: 2, endpoints: 2 };
    expect(decide(tiny).costs.assumptions).toMatchObject({ incidentsPerMonth: 1.5, downtimeCostPerHour: 100 });
  });

  it("tenant defaults override built-ins; input.economics overrides the tenant field by field", () => {
    const costs = decide(
      { ...EXAMPLE_1, economics: { hourlyRate: 120 } },
      { defaults: { hourlyRate: 80, managedFeePerUserMonth: 90, horizonMonths: 12 } },
    ).costs;
    expect(costs.assumptions).toMatchObject({
      hourlyRate: 120,
      managedFeePerUserMonth: 90,
      horizonMonths: 12,
      hoursPerIncident: 1.5,
    });
    expect(costs.assumptionSources).toMatchObject({
      hourlyRate: "input",
      managedFeePerUserMonth: "tenant",
      hoursPerIncident: "default",
    });
    expect(costs.BREAK_FIX.monthly).toHaveLength(12);
  });

  it("handles the horizon bounds and all-zero economics", () => {
    expect(decide({ ...EXAMPLE_1, economics: { horizonMonths: 1 } }).costs.MANAGED.monthly).toHaveLength(1);
    expect(decide({ ...EXAMPLE_1, economics: { horizonMonths: 120 } }).costs.MANAGED.cumulative).toHaveLength(120);
    const zero = Object.fromEntries(Object.keys(fixed).map((k) => [k, k === "horizonMonths" ? 6 : 0]));
    const costs = decide({ ...EXAMPLE_1, economics: zero }).costs;
    expect(costs.BREAK_FIX.total).toBe(0);
    expect(costs.breakEvenMonth).toBe(1);
  });
});
