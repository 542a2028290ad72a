import { describe, expect, it } from "vitest";
import { decide, type AssessmentInput, type ConditionKey } from "./index";
import { EXAMPLE_1 } from "./test-fixtures";
import { english } from "./test-render";

const condition = (input: AssessmentInput, key: ConditionKey) => {
  const found = decide(input).breakFixConditions.find((c) => c.key === key);
  if (!found) throw new Error(`missing condition ${key}`);
  return found;
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
    ["fewUsers", { headcount: 17 }, { headcount: 18 }],
    ["fewUsers", { headcount: 40, itUsers: 17 }, { itUsers: 18 }],
    ["noStrongContinuity", { continuityRequirement: "moderate" }, { continuityRequirement: "strong" }],
    ["highInterruptionTolerance", { interruptionTolerance: "high" }, { interruptionTolerance: "medium" }],
  ])("%s holds at %j and fails at %j", (key, holding, failing) => {
    expect(condition({ ...EXAMPLE_1, ...holding }, key).holds).toBe(true);
    expect(condition({ ...EXAMPLE_1, ...holding, ...failing }, key).holds).toBe(false);
  });

  it("size is graded: a zone of endpoints (servers included) and of people who depend on IT, not one threshold", () => {
    const degrees = [10, 15, 20, 25, 30, 35, 60].map((endpoints) =>
      condition({ ...EXAMPLE_1, endpoints }, "verySmallEnvironment"),
    );
    expect(degrees.map((c) => c.degree)).toEqual([1, 1, 0.75, 0.5, 0.25, 0, 0]);
    const users = [10, 16, 25].map((itUsers) => condition({ ...EXAMPLE_1, headcount: 60, itUsers }, "fewUsers").degree);
    expect(users).toEqual([1, 0.6, 0]);
    // Without an answer, everyone counts as depending on IT daily.
    expect(condition({ ...EXAMPLE_1, headcount: 60 }, "fewUsers").degree).toBe(0);
  });

  it("where break-fix ends inside the zone depends on the rest of the picture", () => {
    const plain = [18, 20, 22, 24].map((endpoints) => decide({ ...EXAMPLE_1, endpoints }).recommendation);
    const withSuite = [18, 20, 22, 24].map(
      (endpoints) => decide({ ...EXAMPLE_1, endpoints, cloudServices: ["microsoft365"] }).recommendation,
    );
    expect(plain).toEqual(["BREAK_FIX", "BREAK_FIX", "BREAK_FIX", "BREAK_FIX"]);
    expect(withSuite.indexOf("HYBRID")).toBeGreaterThan(-1);
    expect(withSuite[0]).toBe("BREAK_FIX");
  });

  it("a warehouse of forty people with four who use IT is still 'few users'", () => {
    const result = decide({ ...EXAMPLE_1, headcount: 40, itUsers: 4, endpoints: 5 });
    expect(result.recommendation).toBe("BREAK_FIX");
    expect(result.breakFixConditions.every((c) => c.holds)).toBe(true);
  });

  it.each<[ConditionKey, Partial<AssessmentInput>]>([
    ["verySmallEnvironment", { sites: 2 }],
    ["lowDigitalDependence", { digitalDependence: "medium" }],
    ["fewUsers", { headcount: 25 }],
    ["noStrongContinuity", { continuityRequirement: "strong" }],
    ["highInterruptionTolerance", { interruptionTolerance: "medium" }],
  ])("breaking only %s is enough to leave break-fix", (key, patch) => {
    const result = decide({ ...EXAMPLE_1, ...patch });
    expect(result.breakFixConditions.filter((c) => !c.holds).map((c) => c.key)).toEqual([key]);
    expect(result.recommendation).not.toBe("BREAK_FIX");
    expect(english(result.reasons[1]!)).toMatch(/^Break-fix is no longer coherent because/);
  });

  it("a break-fix close to its limit says so", () => {
    const result = decide({ ...EXAMPLE_1, endpoints: 20 });
    expect(result.recommendation).toBe("BREAK_FIX");
    expect(english(result.reasons[1]!)).toMatch(
      /^Break-fix still holds, but close to its limit: the environment is at the edge of very small \(20 endpoints\)/,
    );
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
    ["backupsToMonitor", { backups: "monitored" }],
    ["backupsToMonitor", { backups: "unmonitored" }],
    ["cloudServices", { cloudServices: ["saas"] }],
    ["continuityRequirements", { continuityRequirement: "strong" }],
    ["businessToolDependence", { businessAppDependency: "high" }],
  ])("%s is present only when its signal is (%j)", (key, patch) => {
    const present = decide({ ...EXAMPLE_1, ...patch })
      .mspTriggers.filter((t) => t.present)
      .map((t) => t.key);
    expect(present).toEqual([key]);
  });

  it("backups nobody checks are the seed's 'backups to monitor continuously', at least as strong as backups checked", () => {
    for (const base of [EXAMPLE_1, { ...EXAMPLE_1, cloudServices: ["microsoft365" as const] }]) {
      const checked = decide({ ...base, backups: "monitored" });
      const unchecked = decide({ ...base, backups: "unmonitored" });
      expect(unchecked.scores.MANAGED).toBeGreaterThanOrEqual(checked.scores.MANAGED);
      expect(unchecked.scores.BREAK_FIX).toBeLessThanOrEqual(checked.scores.BREAK_FIX);
      expect(unchecked.reasons.map(english)).toContain(
        "Backups exist but nobody checks them: an unchecked backup can fail silently; have them checked regularly whatever the model.",
      );
    }
  });

  it("a moderate continuity requirement is not a trigger (seed example 3 has 'moderate continuity needs')", () => {
    expect(decide({ ...EXAMPLE_1, continuityRequirement: "moderate" }).mspTriggers.some((t) => t.present)).toBe(false);
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
