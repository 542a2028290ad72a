import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DEMO_PRICE_LISTS } from "@/lib/seed/price-lists";
import {
  COUNT_LIMITS,
  DEFAULT_ECONOMICS,
  ESTIMATES,
  SERVICE_MODELS,
  decide,
  type AssessmentInput,
  type Economics,
} from "./index";
import { arbAnyAssessmentInput, arbEconomics } from "./test-arbitraries";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "./test-fixtures";
import { english } from "./test-render";

/** Prices fixed for hand-checking: 100/h, managed 50 per user, no device price, 6-month horizon. */
const fixed: Economics = {
  hourlyRate: 100,
  managedPerUser: 50,
  managedPerEndpoint: 0,
  backupPerEndpoint: 5,
  suitePerUser: 4,
  criticalItemPerMonth: 100,
  steeringPerMonth: 150,
  horizonMonths: 6,
};

/** The price lists every sanity rule must hold with: the built-in defaults and both demo tenants'. */
const PRICE_LISTS: [string, Economics][] = [
  ["built-in defaults", {}],
  ["Northwind's price list", DEMO_PRICE_LISTS.northwind],
  ["Bluepeak's price list", DEMO_PRICE_LISTS.bluepeak],
];

describe("cost comparison (engine 2026.12.1)", () => {
  it("computes break-fix and managed month by month (hand-checked)", () => {
    const input: AssessmentInput = { ...EXAMPLE_1, documentation: "current", economics: fixed };
    const costs = decide(input).costs;
    // 12 endpoints × 0.08 + 10 users × 0.02 = 1.16 incidents a month.
    expect(costs.assumptions.incidentsPerMonth).toBe(1.16);
    // Stop share: low digital 0.1 + low business apps 0.05 → a shared outage stops 1.5 of 10 people;
    // 90% of incidents stop one person: 0.9 × 1 + 0.1 × 1.5 = 1.05 people.
    expect(costs.assumptions.peopleStoppedPerIncident).toBe(1.05);
    // Per incident: 1.5 h × 100 + 3 h × 1.05 people × 35 = 260.25; month 1 = 1.16 × 260.25.
    expect(costs.BREAK_FIX.monthly[0]).toBeCloseTo(301.89, 2);
    // Drift 1% a month (no trigger, documentation up to date).
    expect(costs.BREAK_FIX.monthly[1]).toBeCloseTo(304.91, 2);
    // Managed: 10 users × 50 + 1.16 × (1 − 0.5 prevented) × 1 h × 1.05 × 35.
    expect(costs.MANAGED.monthly[0]).toBeCloseTo(521.32, 1);
    expect(new Set(costs.MANAGED.monthly).size).toBe(1);
    expect(costs.BREAK_FIX.monthly).toHaveLength(6);
  });

  it("prices a hybrid package per scope item, never above the managed fee", () => {
    // Example 3's package: backups (per endpoint: 15) and Microsoft 365 (per user: 12).
    expect(decide(EXAMPLE_3).managedScope).toEqual(["backups", "microsoft365"]);
    const month1 = (prices: Economics) => decide({ ...EXAMPLE_3, economics: prices }).costs.HYBRID.monthly[0]!;
    expect(month1({ ...fixed, backupPerEndpoint: 6 }) - month1(fixed)).toBeCloseTo(15, 2);
    expect(month1({ ...fixed, suitePerUser: 5 }) - month1(fixed)).toBeCloseTo(12, 2);
    // Critical items are priced per month, whatever the size.
    expect(month1({ ...fixed, criticalItemPerMonth: 500 }) - month1(fixed)).toBeCloseTo(0, 2);
    // A package never costs more than the full managed fee (12 users × 50): the MSP would offer the full service.
    const free = { ...fixed, backupPerEndpoint: 0, suitePerUser: 0 };
    expect(month1({ ...fixed, backupPerEndpoint: 1000 }) - month1(free)).toBeCloseTo(600, 2);
  });

  it("takes the break-fix baseline from the client's own history where known", () => {
    const history = { incidents: 24, hours: 60, months: 12, source: "assessment" as const };
    const costs = decide({ ...EXAMPLE_2, incidentHistory: history }).costs;
    expect(costs.assumptions.incidentsPerMonth).toBe(2);
    expect(costs.assumptions.hoursPerIncident).toBe(2.5);
    expect(costs.assumptionSources).toMatchObject({ incidentsPerMonth: "history", hoursPerIncident: "history" });
    expect(costs.notes.map(english).join(" ")).toContain("24");
    // Known figures have a narrower band than estimates from size.
    const estimated = decide(EXAMPLE_2).costs;
    const width = (c: typeof costs) => (c.BREAK_FIX.totalHigh - c.BREAK_FIX.totalLow) / c.BREAK_FIX.total;
    expect(width(costs)).toBeLessThan(width(estimated));
    expect(estimated.assumptionSources.incidentsPerMonth).toBe("estimate");
  });

  it("prices downtime on the people an incident stops, not the whole headcount", () => {
    const big = decide({ ...EXAMPLE_2, headcount: 300, endpoints: 340, remoteUsers: 50 }).costs;
    expect(big.assumptions.peopleStoppedPerIncident).toBeLessThan(10);
    expect(big.assumptions.peopleStoppedPerIncident).toBeGreaterThan(1);
    expect(big.assumptions.costPerPersonHour).toBe(ESTIMATES.costPerPersonHour);
  });

  it("counts the people who depend on IT, not the headcount, when given", () => {
    const warehouse: AssessmentInput = { ...EXAMPLE_1, headcount: 60, itUsers: 6, endpoints: 8 };
    const costs = decide(warehouse).costs;
    expect(costs.assumptions.users).toBe(6);
    expect(costs.assumptionSources.users).toBe("assessment");
    expect(decide({ ...warehouse, itUsers: 60 }).costs.MANAGED.total).toBeGreaterThan(costs.MANAGED.total);
  });

  it("takes each price from the assessment, else the price list, else the documented default", () => {
    const costs = decide(
      { ...EXAMPLE_1, economics: { hourlyRate: 120 } },
      { defaults: { hourlyRate: 80, managedPerUser: 90, horizonMonths: 12 } },
    ).costs;
    expect(costs.assumptions).toMatchObject({
      hourlyRate: 120,
      managedPerUser: 90,
      horizonMonths: 12,
      backupPerEndpoint: DEFAULT_ECONOMICS.backupPerEndpoint,
    });
    expect(costs.assumptionSources).toMatchObject({
      hourlyRate: "assessment",
      managedPerUser: "priceList",
      backupPerEndpoint: "default",
    });
    expect(costs.BREAK_FIX.monthly).toHaveLength(12);
  });

  it("says projects stay outside the contract and that costs inform while the operating logic decides", () => {
    const costs = decide(EXAMPLE_1).costs;
    expect(costs.outsideContract).toEqual(["migration", "renewal", "networkRedesign"]);
    expect(costs.notes.map(english)).toContain(
      "Costs inform, the operating logic decides: the recommendation comes from how critical IT is to the business, not from the cheapest line.",
    );
  });

  it("handles the horizon bounds and all-zero prices", () => {
    expect(decide({ ...EXAMPLE_1, economics: { horizonMonths: 1 } }).costs.MANAGED.monthly).toHaveLength(1);
    expect(decide({ ...EXAMPLE_1, economics: { horizonMonths: 120 } }).costs.MANAGED.cumulative).toHaveLength(120);
    const zero = Object.fromEntries(Object.keys(fixed).map((k) => [k, k === "horizonMonths" ? 6 : 0]));
    const costs = decide({ ...EXAMPLE_1, economics: zero }).costs;
    expect(costs.MANAGED.total).toBeGreaterThanOrEqual(0);
    expect(costs.BREAK_FIX.total).toBeGreaterThan(0); // downtime still costs the client
  });
});

describe.each(PRICE_LISTS)("the seed's examples with %s", (_name, priceList) => {
  it("example 1 (ten people) is cheaper on break-fix over its first year", () => {
    const costs = decide(EXAMPLE_1, { defaults: priceList }).costs;
    expect(costs.BREAK_FIX.cumulative[11]).toBeLessThan(costs.HYBRID.cumulative[11]!);
    expect(costs.BREAK_FIX.cumulative[11]).toBeLessThan(costs.MANAGED.cumulative[11]!);
  });

  it("example 2 (forty people) is cheaper on a recurring service within the horizon", () => {
    const result = decide(EXAMPLE_2, { defaults: priceList });
    expect(result.recommendation).toBe("MANAGED");
    expect(result.costs.breakEvenMonth).not.toBeNull();
    expect(result.costs.breakEvenMonth!).toBeLessThanOrEqual(result.costs.horizonMonths);
    // Break-fix looks cheaper at first: the recurring fee is paid from month 1.
    expect(result.costs.BREAK_FIX.monthly[0]).toBeLessThan(result.costs.MANAGED.monthly[0]!);
  });

  it("example 3 is a hybrid on backups and Microsoft 365", () => {
    const result = decide(EXAMPLE_3, { defaults: priceList });
    expect(result.recommendation).toBe("HYBRID");
    expect(result.managedScope).toEqual(["backups", "microsoft365"]);
  });
});

/** The same client at another size: people, people on IT, endpoints and remote users scaled together. */
function atSize(input: AssessmentInput, people: number): AssessmentInput {
  const ratio = people / input.headcount;
  const scale = (n: number) => Math.max(0, Math.round(n * ratio));
  return {
    ...input,
    headcount: people,
    endpoints: Math.min(COUNT_LIMITS.endpoints.max, scale(input.endpoints)),
    remoteUsers: Math.min(people, scale(input.remoteUsers)),
    ...(input.itUsers === undefined ? {} : { itUsers: Math.min(people, scale(input.itUsers)) }),
  };
}

/** Without a history: the figures must come from size for "grows with size" to be about size. */
const sized = arbAnyAssessmentInput.map(({ incidentHistory: _h, ...rest }) => rest as AssessmentInput);

describe("cost sanity, over generated clients", { timeout: 60_000 }, () => {
  test.prop([sized, fc.integer({ min: 2, max: 20 }), fc.constantFrom(...PRICE_LISTS)], { numRuns: 1500 })(
    "for fixed prices, each model's cost grows with the client's size",
    (input, factor, [, priceList]) => {
      const small = decide(input, { defaults: priceList }).costs;
      const large = decide(atSize(input, Math.min(COUNT_LIMITS.headcount.max, input.headcount * factor)), {
        defaults: priceList,
      }).costs;
      for (const model of SERVICE_MODELS) expect(large[model].total).toBeGreaterThanOrEqual(small[model].total);
    },
  );

  test.prop([sized, fc.constantFrom(...PRICE_LISTS)], { numRuns: 1500 })(
    "the cost per person and month stays in a sane range at any size",
    (input, [, priceList]) => {
      const costs = decide({ ...input, economics: undefined }, { defaults: priceList }).costs;
      const people = Math.max(1, input.itUsers ?? input.headcount);
      // Endpoints per person can be large (a warehouse of scanners): bound per person AND endpoint.
      const seats = people + input.endpoints;
      for (const model of SERVICE_MODELS) {
        const perSeatMonth = costs[model].total / costs.horizonMonths / seats;
        expect(perSeatMonth, model).toBeLessThan(600);
      }
    },
  );

  test.prop([arbAnyAssessmentInput], { numRuns: 1500 })(
    "every total and band is finite, non-negative and ordered low ≤ expected ≤ high",
    (input) => {
      const costs = decide(input).costs;
      for (const model of SERVICE_MODELS) {
        const c = costs[model];
        for (const v of [c.total, c.totalLow, c.totalHigh]) expect(Number.isFinite(v) && v >= 0).toBe(true);
        expect(c.totalLow).toBeLessThanOrEqual(c.total + 0.01);
        expect(c.total).toBeLessThanOrEqual(c.totalHigh + 0.01);
      }
    },
  );

  test.prop([arbAnyAssessmentInput, arbEconomics, arbEconomics], { numRuns: 1500 })(
    "the recommendation never depends on the costs",
    (input, a, b) => {
      const one = decide({ ...input, economics: a });
      const two = decide({ ...input, economics: b }, { defaults: a });
      expect(two.recommendation).toBe(one.recommendation);
      expect(two.confidence).toBe(one.confidence);
    },
  );

  it("stays finite at the largest accepted input", () => {
    const max: AssessmentInput = {
      ...EXAMPLE_2,
      headcount: COUNT_LIMITS.headcount.max,
      itUsers: COUNT_LIMITS.headcount.max,
      endpoints: COUNT_LIMITS.endpoints.max,
      sites: COUNT_LIMITS.sites.max,
      remoteUsers: COUNT_LIMITS.remoteUsers.max,
      incidentHistory: { incidents: 1_000_000, hours: 1_000_000, months: 1, source: "assessment" },
      economics: Object.fromEntries(
        Object.keys(fixed).map((k) => [k, k === "horizonMonths" ? 120 : 1_000_000]),
      ) as Economics,
    };
    const costs = decide(max).costs;
    for (const model of SERVICE_MODELS) {
      expect(Number.isFinite(costs[model].totalHigh)).toBe(true);
      expect(costs[model].totalHigh).toBeGreaterThanOrEqual(0);
    }
  });
});
