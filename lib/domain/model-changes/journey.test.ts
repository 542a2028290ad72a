import { describe, expect, it } from "vitest";
import { buildJourney, moveDirection, type JourneyChange } from "@/lib/domain/model-changes/journey";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const change = (
  id: string,
  date: string,
  [fromModel, toModel]: [JourneyChange["fromModel"], JourneyChange["toModel"]],
  assessmentId: string | null = null,
): JourneyChange => ({
  id,
  fromModel,
  toModel,
  effectiveDate: day(date),
  reason: "r",
  reasonCode: null,
  assessmentId,
});

describe("buildJourney", () => {
  it("is empty without changes", () => {
    expect(buildJourney([], day("2026-01-01"))).toEqual({ segments: [], start: null, end: day("2026-01-01") });
  });

  it("orders changes by date and splits the time between them, the last one ongoing until today", () => {
    const j = buildJourney(
      [
        change("b", "2025-07-01", ["BREAK_FIX", "HYBRID"], "a1"),
        change("a", "2025-01-01", [null, "BREAK_FIX"]),
        change("c", "2026-01-01", ["HYBRID", "MANAGED"], "a2"),
      ],
      day("2026-07-02"),
    );
    expect(
      j.segments.map((s) => [
        s.model,
        s.start.toISOString().slice(0, 10),
        s.end.toISOString().slice(0, 10),
        s.assessmentId,
        s.ongoing,
      ]),
    ).toEqual([
      ["BREAK_FIX", "2025-01-01", "2025-07-01", null, false],
      ["HYBRID", "2025-07-01", "2026-01-01", "a1", false],
      ["MANAGED", "2026-01-01", "2026-07-02", "a2", true],
    ]);
    const total = j.segments.reduce((s, x) => s + x.share, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(j.segments[0]!.share).toBeCloseTo(181 / 547, 5);
  });

  it("records a departure as a segment without a model, and a move back as a step down", () => {
    const j = buildJourney(
      [
        change("a", "2025-01-01", [null, "MANAGED"]),
        change("b", "2025-06-01", ["MANAGED", "HYBRID"]),
        change("c", "2025-09-01", ["HYBRID", null]),
      ],
      day("2025-12-01"),
    );
    expect(j.segments.map((s) => s.model)).toEqual(["MANAGED", "HYBRID", null]);
    expect(moveDirection("MANAGED", "HYBRID")).toBe("down");
    expect(moveDirection("HYBRID", null)).toBe("left");
    expect(moveDirection(null, "BREAK_FIX")).toBe("start");
    expect(moveDirection("BREAK_FIX", "MANAGED")).toBe("up");
  });

  it("gives equal shares when every change is on the same day as today", () => {
    const j = buildJourney(
      [change("a", "2025-01-01", [null, "HYBRID"]), change("b", "2025-01-01", ["HYBRID", "MANAGED"])],
      day("2025-01-01"),
    );
    expect(j.segments.map((s) => s.share)).toEqual([0.5, 0.5]);
  });
});
