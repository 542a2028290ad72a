import { describe, expect, it } from "vitest";
import { applyChanges, decide, validateAssessmentInput, type AssessmentInput } from "./index";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "./test-fixtures";
import { english } from "./test-render";
import { singleChanges } from "./candidates";

const replay = (input: AssessmentInput) =>
  decide(input).whatWouldChange.map((entry) => {
    const changed = applyChanges(input, entry.changes);
    expect(validateAssessmentInput(changed).ok).toBe(true);
    return { stated: entry.recommendation, actual: decide(changed).recommendation };
  });

describe("whatWouldChange", () => {
  it("example 1: the nearest single changes that leave break-fix, nearest first", () => {
    expect(decide(EXAMPLE_1).whatWouldChange.map((e) => ({ ...e, text: english(e.text) }))).toEqual([
      {
        field: "businessAppDependency",
        from: "low",
        to: "high",
        changes: [{ field: "businessAppDependency", from: "low", to: "high" }],
        recommendation: "HYBRID",
        text: "If dependence on business applications became strong (today: low), the recommendation would become hybrid.",
      },
      expect.objectContaining({ field: "interruptionTolerance", from: "high", to: "medium", recommendation: "HYBRID" }),
      expect.objectContaining({ field: "digitalDependence", from: "low", to: "medium", recommendation: "HYBRID" }),
    ]);
  });

  it("example 3: a second site makes it managed", () => {
    expect(decide(EXAMPLE_3).whatWouldChange.map((e) => english(e.text))).toEqual([
      "If the organization had 2 sites (instead of 1), the recommendation would become managed services.",
    ]);
  });

  it("a stated need is a preference the client may revise: dropping it leads back to break-fix", () => {
    const steering: AssessmentInput = { ...EXAMPLE_1, needsMonthlySteering: true };
    const result = decide(steering);
    expect(result.recommendation).toBe("HYBRID");
    expect(result.whatWouldChange).toContainEqual(
      expect.objectContaining({ field: "needsMonthlySteering", from: true, to: false, recommendation: "BREAK_FIX" }),
    );
  });

  it("example 2: the client's wish to move step by step is the one change that gives a hybrid", () => {
    const entries = decide(EXAMPLE_2).whatWouldChange;
    expect(entries.map((e) => e.changes)).toEqual([[{ field: "gradualTransition", to: true }]]);
    expect(entries[0]?.recommendation).toBe("HYBRID");
  });

  it("never advises a worse practice: no unchecked backups, no less documentation, no shrinking", () => {
    const inputs: AssessmentInput[] = [
      { ...EXAMPLE_3, backups: "monitored", documentation: "current" },
      { ...EXAMPLE_3, backups: "unmonitored", documentation: "scattered" },
      { ...EXAMPLE_1, backups: "monitored", cloudServices: ["microsoft365"], documentation: "none" },
    ];
    const better = { backups: ["none", "unmonitored", "monitored"], documentation: ["none", "scattered", "current"] };
    for (const input of inputs) {
      for (const { changes } of decide(input).whatWouldChange) {
        for (const change of changes) {
          if (change.field === "backups" || change.field === "documentation") {
            const order: readonly unknown[] = better[change.field];
            expect(order.indexOf(change.to), JSON.stringify(change)).toBeGreaterThan(order.indexOf(change.from));
          }
          if (typeof change.from === "number") expect(change.to as number).toBeGreaterThan(change.from);
        }
      }
    }
  });

  it("every entry, applied, really gives the stated recommendation", () => {
    for (const input of [EXAMPLE_1, EXAMPLE_2, EXAMPLE_3]) {
      for (const { stated, actual } of replay(input)) expect(actual).toBe(stated);
    }
  });

  it("returns nothing when more than two changes would be needed", () => {
    const heavy: AssessmentInput = {
      ...EXAMPLE_2,
      sites: 5,
      cloudServices: ["microsoft365", "googleWorkspace", "saas", "iaas"],
      continuityRequirement: "strong",
      gradualTransition: false,
    };
    // Only the wish to move step by step would change it (to a first, hybrid step).
    expect(decide(heavy).whatWouldChange.map((e) => e.field)).toEqual(["gradualTransition"]);
    expect(decide({ ...EXAMPLE_1, sites: 1, needsMonthlySteering: false }).whatWouldChange.length).toBeGreaterThan(0);
  });

  it("never proposes remoteUsers above headcount on its own", () => {
    const input: AssessmentInput = { ...EXAMPLE_2, headcount: 12, remoteUsers: 12 };
    for (const entry of decide(input).whatWouldChange) {
      expect(applyChanges(input, entry.changes).remoteUsers).toBeLessThanOrEqual(
        applyChanges(input, entry.changes).headcount,
      );
    }
  });

  it("candidate counts cross each boundary once, to the nearest value", () => {
    const headcounts = singleChanges({ ...EXAMPLE_1, headcount: 40 })
      .filter((c) => c.change.field === "headcount")
      .map((c) => c.change.to);
    // Only growth (an organization does not shrink to fit a cheaper model), to the next boundary.
    expect(headcounts).toEqual([51]);
    const sites = singleChanges(EXAMPLE_1)
      .filter((c) => c.change.field === "sites")
      .map((c) => c.change.to);
    expect(sites).toEqual([2, 3]);
  });
});
