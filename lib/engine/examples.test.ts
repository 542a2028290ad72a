import { describe, expect, it } from "vitest";
import { decide, type AssessmentInput } from "./index";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "./test-fixtures";
import { english } from "./test-render";

const triggersOf = (input: AssessmentInput) =>
  decide(input)
    .mspTriggers.filter((t) => t.present)
    .map((t) => t.key);

describe("seed worked example 1: ten people, limited critical usage", () => {
  it("recommends BREAK_FIX with all five conditions holding and no scope", () => {
    const result = decide(EXAMPLE_1);
    expect(result.recommendation).toBe("BREAK_FIX");
    expect(result.breakFixConditions.every((c) => c.holds)).toBe(true);
    expect(result.managedScope).toEqual([]);
    expect(result.confidence).toBe("high");
    expect(english(result.reasons[0]!)).toMatch(/^Break-fix/);
  });

  it.each<[string, Partial<AssessmentInput>]>([
    ["no business tool at all", { businessAppDependency: "none" }],
    ["unchecked backups", { backups: "unmonitored" }],
    ["one cloud service (a mailbox suite)", { cloudServices: ["microsoft365"] }],
    ["fewer people", { headcount: 5, endpoints: 6 }],
    ["moderate continuity needs", { continuityRequirement: "moderate" }],
  ])("stays BREAK_FIX with %s", (_label, patch) => {
    expect(decide({ ...EXAMPLE_1, ...patch }).recommendation).toBe("BREAK_FIX");
  });
});

describe("seed worked example 2: forty people, remote access, Microsoft 365, backups, strong ERP", () => {
  it("recommends MANAGED with the full perimeter", () => {
    const result = decide(EXAMPLE_2);
    expect(result.recommendation).toBe("MANAGED");
    expect(triggersOf(EXAMPLE_2)).toEqual([
      "remoteAccess",
      "monitoredBackups",
      "cloudServices",
      "businessToolDependence",
    ]);
    expect(result.managedScope).toEqual(
      expect.arrayContaining(["backups", "microsoft365", "businessApps", "remoteAccess", "endpoints"]),
    );
    expect(english(result.reasons[0]!)).toMatch(/^Managed services/);
  });

  it.each<[string, Partial<AssessmentInput>]>([
    [
      "the lightest context the seed allows",
      { continuityRequirement: "none", interruptionTolerance: "high", digitalDependence: "low", endpoints: 40 },
    ],
    ["unchecked backups", { backups: "unmonitored" }],
    ["a single remote user", { remoteUsers: 1 }],
    ["a heavier context", { continuityRequirement: "strong", interruptionTolerance: "low", sites: 2 }],
  ])("stays MANAGED with %s", (_label, patch) => {
    expect(decide({ ...EXAMPLE_2, ...patch }).recommendation).toBe("MANAGED");
  });
});

describe("seed worked example 3: small, single site, Microsoft 365 + monitored backups", () => {
  it("recommends HYBRID with backups then Microsoft 365 in the scope", () => {
    const result = decide(EXAMPLE_3);
    expect(result.recommendation).toBe("HYBRID");
    expect(triggersOf(EXAMPLE_3)).toEqual(["monitoredBackups", "cloudServices"]);
    expect(result.managedScope).toEqual(["backups", "microsoft365"]);
    expect(english(result.reasons[0]!)).toMatch(/^A hybrid model/);
  });

  it.each<[string, Partial<AssessmentInput>]>([
    [
      "a tiny organization where all five conditions hold",
      { headcount: 6, endpoints: 8, interruptionTolerance: "high", digitalDependence: "low" },
    ],
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
      },
    ],
  ])("stays HYBRID with %s", (_label, patch) => {
    const result = decide({ ...EXAMPLE_3, ...patch });
    expect(result.recommendation).toBe("HYBRID");
    expect(result.managedScope.slice(0, 2)).toEqual(["backups", "microsoft365"]);
  });
});
