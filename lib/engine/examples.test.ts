import { describe, expect, it } from "vitest";
import { DEMO_PRICE_LISTS } from "@/lib/seed/price-lists";
import { decide, type AssessmentInput, type Economics } from "./index";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "./test-fixtures";
import { english } from "./test-render";

const triggersOf = (input: AssessmentInput) =>
  decide(input)
    .mspTriggers.filter((t) => t.present)
    .map((t) => t.key);

/** The seed's examples hold with the built-in defaults and with each demo tenant's price list. */
const PRICE_LISTS: [string, Partial<Economics>][] = [
  ["the built-in defaults", {}],
  ["Northwind's price list", DEMO_PRICE_LISTS.northwind],
  ["Bluepeak's price list", DEMO_PRICE_LISTS.bluepeak],
];

describe.each(PRICE_LISTS)("the seed's three examples with %s", (_label, priceList) => {
  it("1: ten people, a few endpoints, limited critical usage: BREAK_FIX, cheaper on break-fix over its first year", () => {
    const result = decide(EXAMPLE_1, { defaults: priceList });
    expect(result.recommendation).toBe("BREAK_FIX");
    expect(result.confidence).toBe("high");
    expect(result.breakFixConditions.every((c) => c.holds && c.degree === 1)).toBe(true);
    expect(result.managedScope).toEqual([]);
    expect(english(result.reasons[0]!)).toMatch(/^Break-fix can still make sense/);
    const { costs } = result;
    for (const model of ["HYBRID", "MANAGED"] as const)
      expect(costs.BREAK_FIX.cumulative[11], model).toBeLessThan(costs[model].cumulative[11]!);
  });

  it("2: forty people, remote access, shared documents, Microsoft 365, backups, strong ERP: MANAGED, a recurring service cheaper within the horizon", () => {
    const result = decide(EXAMPLE_2, { defaults: priceList });
    expect(result.recommendation).toBe("MANAGED");
    expect(result.confidence).toBe("high");
    expect(result.managedScope).toEqual(
      expect.arrayContaining(["backups", "microsoft365", "businessApps", "remoteAccess", "endpoints"]),
    );
    const { costs } = result;
    // "the cost of a poorly detected or poorly documented incident quickly exceeds the cost of a properly scoped recurring service"
    expect(costs.breakEvenAgainst).toBe("MANAGED");
    expect(costs.breakEvenMonth).not.toBeNull();
    expect(costs.breakEvenMonth!).toBeLessThanOrEqual(costs.horizonMonths);
    expect(costs.MANAGED.total).toBeLessThan(costs.BREAK_FIX.total);
    expect(costs.HYBRID.total).toBeLessThan(costs.BREAK_FIX.total);
    // ...while break-fix looks cheaper in the short term ("Break fix often looks cheaper in the short term").
    expect(costs.BREAK_FIX.monthly[0]!).toBeLessThan(costs.MANAGED.monthly[0]!);
  });

  it("3: small, one site, only Microsoft 365 and backups to watch, moderate continuity, low ERP: HYBRID on backups and Microsoft 365", () => {
    const result = decide(EXAMPLE_3, { defaults: priceList });
    expect(result.recommendation).toBe("HYBRID");
    expect(result.managedScope).toEqual(["backups", "microsoft365"]);
    expect(english(result.reasons[0]!)).toMatch(/^A hybrid model fits best/);
    expect(result.transitionToward).toBeNull();
  });
});

describe("seed example 1 and its neighbours", () => {
  it.each<[string, Partial<AssessmentInput>]>([
    ["no business tool at all", { businessAppDependency: "none" }],
    ["one cloud service (a mailbox suite)", { cloudServices: ["microsoft365"] }],
    ["fewer people", { headcount: 5, endpoints: 6 }],
    ["moderate continuity needs", { continuityRequirement: "moderate" }],
    ["forty staff of whom only ten use IT daily", { headcount: 40, itUsers: 10 }],
    ["18 endpoints (inside the size zone, but nothing else pushes)", { endpoints: 18 }],
  ])("stays BREAK_FIX with %s", (_label, patch) => {
    expect(decide({ ...EXAMPLE_1, ...patch }).recommendation).toBe("BREAK_FIX");
  });

  it.each<[string, Partial<AssessmentInput>]>([
    ["a stated need for monthly steering", { needsMonthlySteering: true }],
    ["a stated need for a predictable run budget", { needsPredictableBudget: true }],
    ["backups nobody checks plus Microsoft 365", { backups: "unmonitored", cloudServices: ["microsoft365"] }],
    ["40 endpoints", { endpoints: 40 }],
  ])("leaves break-fix with %s", (_label, patch) => {
    expect(decide({ ...EXAMPLE_1, ...patch }).recommendation).not.toBe("BREAK_FIX");
  });
});

describe("seed example 2 and its neighbours", () => {
  it("names the four situations present", () => {
    expect(triggersOf(EXAMPLE_2)).toEqual([
      "remoteAccess",
      "backupsToMonitor",
      "cloudServices",
      "businessToolDependence",
    ]);
    expect(english(decide(EXAMPLE_2).reasons[0]!)).toMatch(/^Managed services fit best: 4 of the six situations/);
  });

  it.each<[string, Partial<AssessmentInput>]>([
    [
      "the lightest context the seed allows",
      { continuityRequirement: "none", interruptionTolerance: "high", digitalDependence: "low", endpoints: 40 },
    ],
    ["backups nobody checks", { backups: "unmonitored" }],
    ["a single remote user", { remoteUsers: 1 }],
    ["a heavier context", { continuityRequirement: "strong", interruptionTolerance: "low", sites: 2 }],
  ])("stays MANAGED with %s", (_label, patch) => {
    expect(decide({ ...EXAMPLE_2, ...patch }).recommendation).toBe("MANAGED");
  });

  it("becomes a hybrid transition toward managed services when the client wishes a gradual move", () => {
    const result = decide({ ...EXAMPLE_2, gradualTransition: true });
    expect(result.recommendation).toBe("HYBRID");
    expect(result.transitionToward).toBe("MANAGED");
    expect(result.managedScope.slice(0, 2)).toEqual(["backups", "microsoft365"]);
    expect(english(result.reasons[0]!)).toMatch(/^A hybrid model, as a transition phase/);
  });
});

describe("seed example 3 and its neighbours", () => {
  it("names the two situations present", () => {
    expect(triggersOf(EXAMPLE_3)).toEqual(["backupsToMonitor", "cloudServices"]);
  });

  it.each<[string, Partial<AssessmentInput>]>([
    [
      "a tiny organization where all five conditions hold",
      { headcount: 6, endpoints: 8, interruptionTolerance: "high", digitalDependence: "low" },
    ],
    ["backups nobody checks", { backups: "unmonitored" }],
    [
      "the heaviest context",
      {
        headcount: 25,
        endpoints: 25,
        centralFileSharing: true,
        digitalDependence: "high",
        interruptionTolerance: "low",
        needsPredictableBudget: true,
        needsMonthlySteering: true,
        documentation: "none",
      },
    ],
  ])("stays HYBRID with %s, backups and Microsoft 365 first", (_label, patch) => {
    const result = decide({ ...EXAMPLE_3, ...patch });
    expect(result.recommendation).toBe("HYBRID");
    expect(result.managedScope.slice(0, 2)).toEqual(["backups", "microsoft365"]);
  });
});
