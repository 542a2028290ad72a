import { describe, expect, it } from "vitest";
import {
  assessmentInputSchema,
  assessmentInputShape,
  economicsSchema,
  validateAssessmentInput,
  type ValidationIssue,
} from "./index";
import { EXAMPLE_1, EXAMPLE_2 } from "./test-fixtures";
import { formatIssues } from "./test-render";

const issuesOf = (raw: unknown): ValidationIssue[] => {
  const result = validateAssessmentInput(raw);
  if (result.ok) throw new Error("expected a rejection");
  return result.issues;
};

describe("validateAssessmentInput", () => {
  it("accepts the worked examples, with and without economics, and returns the parsed input", () => {
    for (const raw of [
      EXAMPLE_1,
      EXAMPLE_2,
      { ...EXAMPLE_1, economics: { hourlyRate: 120, horizonMonths: 12 } },
      { ...EXAMPLE_1, economics: {} },
    ]) {
      const result = validateAssessmentInput(raw);
      expect(result).toEqual({ ok: true, input: raw });
    }
  });

  it("rejects remoteUsers > headcount with a message naming the field and the headcount", () => {
    const issues = issuesOf({ ...EXAMPLE_2, headcount: 12, remoteUsers: 13 });
    expect(issues).toEqual([
      { path: "remoteUsers", message: { key: "engine.validation.remoteUsers", params: { headcount: 12 } } },
    ]);
    expect(formatIssues(issues)).toBe("remoteUsers: must be less than or equal to headcount (12)");
  });

  it("still reports remoteUsers > headcount next to another field's error", () => {
    const issues = issuesOf({ ...EXAMPLE_2, headcount: 12, remoteUsers: 13, backups: "daily" });
    expect(issues.map((i) => i.path)).toEqual(["backups", "remoteUsers"]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an unknown field", { ...EXAMPLE_1, colour: "blue" }, "colour: is not a known field"],
    [
      "an unknown economics field",
      { ...EXAMPLE_1, economics: { discount: 5 } },
      "economics.discount: is not a known field",
    ],
    ["a missing field", { ...EXAMPLE_1, headcount: undefined }, "headcount: is required"],
    ["a string for a count", { ...EXAMPLE_1, headcount: "10" }, "headcount: must be a whole number"],
    ["a fractional count", { ...EXAMPLE_1, endpoints: 2.5 }, "endpoints: must be a whole number"],
    ["NaN", { ...EXAMPLE_1, sites: Number.NaN }, "sites: must be a finite number"],
    ["Infinity", { ...EXAMPLE_1, endpoints: Number.POSITIVE_INFINITY }, "endpoints: must be a finite number"],
    ["zero people", { ...EXAMPLE_1, headcount: 0 }, "headcount: must be greater than or equal to 1"],
    ["zero sites", { ...EXAMPLE_1, sites: 0 }, "sites: must be greater than or equal to 1"],
    ["negative remote users", { ...EXAMPLE_1, remoteUsers: -1 }, "remoteUsers: must be greater than or equal to 0"],
    ["too many people", { ...EXAMPLE_1, headcount: 100_001 }, "headcount: must be less than or equal to 100,000"],
    [
      "a string for a boolean",
      { ...EXAMPLE_1, centralFileSharing: "yes" },
      "centralFileSharing: must be true or false",
    ],
    [
      "an unknown enum value",
      { ...EXAMPLE_1, backups: "daily" },
      'backups: must be one of "none", "monitored", or "unmonitored"',
    ],
    [
      "an unknown cloud service",
      { ...EXAMPLE_1, cloudServices: ["microsoft365", "dropbox"] },
      'cloudServices[1]: must be one of "microsoft365", "googleWorkspace", "saas", or "iaas"',
    ],
    [
      "a duplicated cloud service",
      { ...EXAMPLE_1, cloudServices: ["saas", "saas"] },
      "cloudServices: must not list the same service twice",
    ],
    ["a string for the cloud list", { ...EXAMPLE_1, cloudServices: "saas" }, "cloudServices: must be a list"],
    [
      "a negative hourly rate",
      { ...EXAMPLE_1, economics: { hourlyRate: -1 } },
      "economics.hourlyRate: must be greater than or equal to 0",
    ],
    [
      "a NaN price",
      { ...EXAMPLE_1, economics: { backupPerEndpoint: Number.NaN } },
      "economics.backupPerEndpoint: must be a finite number",
    ],
    [
      "an infinite fee",
      { ...EXAMPLE_1, economics: { managedPerUser: Number.POSITIVE_INFINITY } },
      "economics.managedPerUser: must be a finite number",
    ],
    [
      "a fractional horizon",
      { ...EXAMPLE_1, economics: { horizonMonths: 12.5 } },
      "economics.horizonMonths: must be a whole number",
    ],
    [
      "a horizon of 121 months",
      { ...EXAMPLE_1, economics: { horizonMonths: 121 } },
      "economics.horizonMonths: must be less than or equal to 120",
    ],
    [
      "a horizon of 0 months",
      { ...EXAMPLE_1, economics: { horizonMonths: 0 } },
      "economics.horizonMonths: must be greater than or equal to 1",
    ],
    ["economics as a number", { ...EXAMPLE_1, economics: 5 }, "economics: must be a JSON object"],
  ])("rejects %s", (_label, raw, line) => {
    expect(formatIssues(issuesOf(raw)).split("\n")).toContain(line);
  });

  it.each([null, 42, "text", [EXAMPLE_1]])("rejects a non-object input (%j) at the root", (raw) => {
    expect(formatIssues(issuesOf(raw))).toBe("input: must be a JSON object");
  });

  it("reports every problem, one line each, in field order", () => {
    const issues = issuesOf({ ...EXAMPLE_1, headcount: 0, backups: "x", extra: 1, economics: { hourlyRate: "a" } });
    expect(issues.map((i) => i.path)).toEqual(["headcount", "backups", "economics.hourlyRate", "extra"]);
  });

  it("prefixes paths for batch items", () => {
    const issues = issuesOf({ ...EXAMPLE_1, headcount: 3, remoteUsers: 4 });
    expect(formatIssues(issues, { pathPrefix: "[1]" })).toBe(
      "[1].remoteUsers: must be less than or equal to headcount (3)",
    );
    expect(formatIssues([{ path: "", message: { key: "engine.validation.object" } }], { pathPrefix: "[2]" })).toBe(
      "[2]: must be a JSON object",
    );
  });
});

describe("schemas for forms", () => {
  it("the shape has no cross-field refinement, so it can be picked and made partial", () => {
    const picked = assessmentInputShape.pick({ headcount: true, remoteUsers: true });
    expect(picked.safeParse({ headcount: 3, remoteUsers: 5 }).success).toBe(true);
    expect(picked.safeParse({ headcount: 3, remoteUsers: 5, sites: 1 }).success).toBe(false);
    expect(assessmentInputShape.partial().safeParse({ sites: 2 }).success).toBe(true);
  });

  it("the full schema carries the refinement on path remoteUsers, with the engine's code", () => {
    const parsed = assessmentInputSchema.safeParse({ ...EXAMPLE_1, remoteUsers: 11 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["remoteUsers"] })]);
    expect(formatIssues(issuesOf({ ...EXAMPLE_1, remoteUsers: 11 }))).toBe(
      "remoteUsers: must be less than or equal to headcount (10)",
    );
  });

  it("economicsSchema is strict, all optional, finite and non-negative", () => {
    expect(economicsSchema.safeParse({}).success).toBe(true);
    expect(economicsSchema.safeParse({ hourlyRate: 0, horizonMonths: 120 }).success).toBe(true);
    expect(economicsSchema.safeParse({ hourlyRate: -0.01 }).success).toBe(false);
    expect(economicsSchema.safeParse({ hourlyRate: Number.NaN }).success).toBe(false);
    expect(economicsSchema.safeParse({ hourlyRate: 10, tip: 1 }).success).toBe(false);
    expect(economicsSchema.safeParse({ horizonMonths: 36.5 }).success).toBe(false);
  });
});
