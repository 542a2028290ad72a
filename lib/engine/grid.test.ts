import { describe, expect, it } from "vitest";
import { decide, type AssessmentInput, type GridKey } from "./index";
import { EXAMPLE_1, EXAMPLE_2 } from "./test-fixtures";
import { english } from "./test-render";

const applies = (input: AssessmentInput, key: GridKey): boolean => {
  const row = decide(input).grid.find((r) => r.key === key);
  if (!row) throw new Error(`missing row ${key}`);
  return row.applies;
};

describe("decision grid (seed: 'A simple decision grid')", () => {
  it("always has the seed's five rows, in seed order, with the seed's words", () => {
    for (const input of [EXAMPLE_1, EXAMPLE_2]) {
      expect(
        decide(input).grid.map(({ situation, breakFix, msp }) => ({ situation: english(situation), breakFix, msp })),
      ).toEqual([
        { situation: "Very small and low-criticality environment", breakFix: "Suitable", msp: "Often excessive" },
        { situation: "Multiple sites or remote users", breakFix: "Limited", msp: "More suitable" },
        { situation: "Backups to monitor continuously", breakFix: "Limited", msp: "More suitable" },
        { situation: "Need for predictable run budget", breakFix: "Low visibility", msp: "Good visibility" },
        { situation: "Need for monthly service steering", breakFix: "Poor fit", msp: "Good fit" },
      ]);
    }
  });

  it("very small and low-criticality: applies exactly when the five conditions hold", () => {
    expect(applies(EXAMPLE_1, "verySmallLowCriticality")).toBe(true);
    expect(applies({ ...EXAMPLE_1, interruptionTolerance: "medium" }, "verySmallLowCriticality")).toBe(false);
    expect(applies(EXAMPLE_2, "verySmallLowCriticality")).toBe(false);
  });

  it.each<[GridKey, Partial<AssessmentInput>, Partial<AssessmentInput>]>([
    ["multipleSitesOrRemoteUsers", { sites: 1, remoteUsers: 0 }, { sites: 3 }],
    ["multipleSitesOrRemoteUsers", { sites: 1, remoteUsers: 0 }, { remoteUsers: 1 }],
    ["backupsToMonitor", { backups: "none" }, { backups: "monitored" }],
    ["backupsToMonitor", { backups: "none" }, { backups: "unmonitored" }],
    ["predictableBudget", { needsPredictableBudget: false }, { needsPredictableBudget: true }],
    ["monthlySteering", { needsMonthlySteering: false }, { needsMonthlySteering: true }],
  ])("%s does not apply at %j and applies at %j", (key, off, on) => {
    expect(applies({ ...EXAMPLE_1, ...off }, key)).toBe(false);
    expect(applies({ ...EXAMPLE_1, ...off, ...on }, key)).toBe(true);
  });

  it("the budget and steering rows add their grid reason", () => {
    const reasons = decide({ ...EXAMPLE_1, needsPredictableBudget: true, needsMonthlySteering: true }).reasons.map(
      english,
    );
    expect(reasons).toContain(
      "The client needs a predictable run budget: break-fix gives low visibility on it, a recurring fee gives good visibility.",
    );
    expect(reasons).toContain(
      "The client wants monthly service steering: a poor fit for break-fix, a good fit for a recurring service.",
    );
  });
});
