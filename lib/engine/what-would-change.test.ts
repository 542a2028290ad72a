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
        text: "If dependence on business tools were high instead of low, the recommendation would become hybrid.",
      },
      expect.objectContaining({ field: "interruptionTolerance", from: "high", to: "medium", recommendation: "HYBRID" }),
      expect.objectContaining({ field: "digitalDependence", from: "low", to: "medium", recommendation: "HYBRID" }),
    ]);
  });

  it("example 3: the single changes that make it managed", () => {
    expect(decide(EXAMPLE_3).whatWouldChange.map((e) => english(e.text))).toEqual([
      "If dependence on business tools were high instead of low, the recommendation would become managed services.",
      "If the continuity requirement were strong instead of moderate, the recommendation would become managed services.",
      "If the number of sites were 2 instead of 1, the recommendation would become managed services.",
    ]);
  });

  it("a hybrid shows the way to both neighbours when both exist", () => {
    const tiny = {
      ...EXAMPLE_3,
      headcount: 8,
      endpoints: 10,
      digitalDependence: "low",
      interruptionTolerance: "high",
    } as const;
    const targets = decide(tiny).whatWouldChange.map((e) => e.recommendation);
    expect(targets).toContain("BREAK_FIX");
    expect(targets).toContain("MANAGED");
  });

  it("example 2: no single change flips it, so it returns pairs (two fields each)", () => {
    const entries = decide(EXAMPLE_2).whatWouldChange;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.changes).toHaveLength(2);
      expect(entry.changes[0]?.field).not.toBe(entry.changes[1]?.field);
      expect(english(entry.text)).toMatch(/^If .+ and .+, the recommendation would become hybrid\.$/);
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
    };
    expect(decide(heavy).whatWouldChange).toEqual([]);
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
    expect(headcounts).toEqual([10, 25, 51]);
    const sites = singleChanges(EXAMPLE_1)
      .filter((c) => c.change.field === "sites")
      .map((c) => c.change.to);
    expect(sites).toEqual([2, 3]);
  });
});
