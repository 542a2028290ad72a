import { describe, expect, it } from "vitest";
import { decide, type AssessmentInput, type ConditionKey } from "./index";
import { EXAMPLE_1 } from "./test-fixtures";
import { english } from "./test-render";

const holds = (input: AssessmentInput, key: ConditionKey): boolean => {
  const condition = decide(input).breakFixConditions.find((c) => c.key === key);
  if (!condition) throw new Error(`missing condition ${key}`);
  return condition.holds;
};

describe("break-fix conditions (seed: 'When break fix can still make sense')", () => {
  it("lists the seed's five conditions in seed order", () => {
    expect(decide(EXAMPLE_1).breakFixConditions.map((c) => english(c.condition))).toEqual([
      "Very small environment",
      "Low dependence on digital tools",
      "Few users",
      "No strong continuity requirement",
      "High tolerance for interruption",
    ]);
  });

  it.each<[ConditionKey, Partial<AssessmentInput>, Partial<AssessmentInput>]>([
    ["verySmallEnvironment", { sites: 1, endpoints: 25 }, { sites: 2 }],
    ["verySmallEnvironment", { sites: 1, endpoints: 25 }, { endpoints: 26 }],
    [
      "lowDigitalDependence",
      { digitalDependence: "low", businessAppDependency: "low" },
      { digitalDependence: "medium" },
    ],
    [
      "lowDigitalDependence",
      { digitalDependence: "low", businessAppDependency: "low" },
      { businessAppDependency: "high" },
    ],
    ["fewUsers", { headcount: 10 }, { headcount: 11 }],
    ["noStrongContinuity", { continuityRequirement: "moderate" }, { continuityRequirement: "strong" }],
    ["highInterruptionTolerance", { interruptionTolerance: "high" }, { interruptionTolerance: "medium" }],
  ])("%s holds at %j and fails at %j", (key, holding, failing) => {
    expect(holds({ ...EXAMPLE_1, ...holding }, key)).toBe(true);
    expect(holds({ ...EXAMPLE_1, ...holding, ...failing }, key)).toBe(false);
  });

  it.each<[ConditionKey, Partial<AssessmentInput>]>([
    ["verySmallEnvironment", { sites: 2 }],
    ["lowDigitalDependence", { digitalDependence: "medium" }],
    ["fewUsers", { headcount: 11 }],
    ["noStrongContinuity", { continuityRequirement: "strong" }],
    ["highInterruptionTolerance", { interruptionTolerance: "medium" }],
  ])("breaking only %s is enough to leave break-fix", (key, patch) => {
    const result = decide({ ...EXAMPLE_1, ...patch });
    expect(result.breakFixConditions.filter((c) => !c.holds).map((c) => c.key)).toEqual([key]);
    expect(result.recommendation).not.toBe("BREAK_FIX");
    expect(english(result.reasons[1]!)).toMatch(/^Break-fix is no longer coherent because/);
  });
});

describe("MSP triggers (seed: 'When MSP becomes more relevant')", () => {
  it("lists the seed's six triggers in seed order, none present in example 1", () => {
    const triggers = decide(EXAMPLE_1).mspTriggers;
    expect(triggers.map((t) => english(t.trigger))).toEqual([
      "Several sites",
      "Remote access",
      "Backups that need monitoring",
      "Cloud services",
      "Continuity requirements",
      "Strong dependence on business tools",
    ]);
    expect(triggers.some((t) => t.present)).toBe(false);
  });

  it.each<[string, Partial<AssessmentInput>]>([
    ["severalSites", { sites: 2 }],
    ["remoteAccess", { remoteUsers: 1 }],
    ["monitoredBackups", { backups: "monitored" }],
    ["cloudServices", { cloudServices: ["saas"] }],
    ["continuityRequirements", { continuityRequirement: "strong" }],
    ["businessToolDependence", { businessAppDependency: "high" }],
  ])("%s is present only when its signal is", (key, patch) => {
    const present = decide({ ...EXAMPLE_1, ...patch })
      .mspTriggers.filter((t) => t.present)
      .map((t) => t.key);
    expect(present).toEqual([key]);
  });

  it("does not count unchecked backups or a moderate continuity requirement as triggers", () => {
    const result = decide({ ...EXAMPLE_1, backups: "unmonitored", continuityRequirement: "moderate" });
    expect(result.mspTriggers.some((t) => t.present)).toBe(false);
    expect(result.reasons.some((r) => english(r).startsWith("Backups exist but nobody checks them"))).toBe(true);
  });

  it("one trigger on a tiny environment keeps break-fix but says to watch it; two make it hybrid", () => {
    const one = decide({ ...EXAMPLE_1, backups: "monitored" });
    expect(one.recommendation).toBe("BREAK_FIX");
    expect(english(one.reasons[1]!)).toMatch(/^Keep an eye on backups that need monitoring/);
    const two = decide({ ...EXAMPLE_1, backups: "monitored", remoteUsers: 2 });
    expect(two.recommendation).toBe("HYBRID");
    expect(two.managedScope).toEqual(["backups", "remoteAccess"]);
  });
});
