import { describe, expect, it } from "vitest";
import { decide } from "@/lib/engine";
import { EXAMPLE_2 } from "@/lib/engine/test-fixtures";
import { readStoredResult } from "@/lib/domain/assessments/stored-result";

describe("readStoredResult", () => {
  it("reads today's engine output unchanged", () => {
    const result = JSON.parse(JSON.stringify(decide(EXAMPLE_2)));
    expect(readStoredResult(result)).toEqual(result);
  });

  it("keeps what an older result has, leaves out what it lacks, never recomputes", () => {
    const old = {
      recommendation: "HYBRID",
      confidence: "medium",
      reasons: ["Old reason.", 3],
      engineVersion: "2020.1.0",
      futureField: true,
    };
    const read = readStoredResult(old)!;
    expect(read).toMatchObject({
      recommendation: "HYBRID",
      confidence: "medium",
      reasons: ["Old reason."],
      grid: [],
      whatWouldChange: [],
      costs: null,
      engineVersion: "2020.1.0",
    });
    expect(read.scores).toEqual({ BREAK_FIX: 0, HYBRID: 0, MANAGED: 0 });
  });

  it("is null for anything that is not a result", () => {
    expect(readStoredResult(null)).toBeNull();
    expect(readStoredResult({ recommendation: "CHEAP" })).toBeNull();
    expect(readStoredResult([1, 2])).toBeNull();
  });
});
