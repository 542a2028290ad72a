import { describe, expect, it } from "vitest";
import { THRESHOLDS, confidenceOf, marginOf, positionOf, scoresAt, selectRecommendation } from "./score";
import { SERVICE_MODELS, type ServiceModel } from "./vocabulary";

const ruleFor = (effective: number): ServiceModel =>
  effective < THRESHOLDS.hybrid ? "BREAK_FIX" : effective < THRESHOLDS.managed ? "HYBRID" : "MANAGED";

describe("scores and the selection rule", () => {
  it("the argmax of the scores is the threshold rule at every reachable pressure (steps of 0.5)", () => {
    for (let effective = 0; effective <= 30; effective += 0.5) {
      const scores = scoresAt(positionOf(effective));
      expect(selectRecommendation(scores), `effective ${effective}`).toBe(ruleFor(effective));
      for (const model of SERVICE_MODELS) {
        expect(Number.isInteger(scores[model])).toBe(true);
        expect(scores[model]).toBeGreaterThanOrEqual(0);
        expect(scores[model]).toBeLessThanOrEqual(100);
      }
    }
  });

  it("neighbours tie at 50 exactly on a threshold, and the more managed model wins the tie", () => {
    expect(scoresAt(positionOf(THRESHOLDS.hybrid))).toMatchObject({ BREAK_FIX: 50, HYBRID: 50 });
    expect(selectRecommendation(scoresAt(positionOf(THRESHOLDS.hybrid)))).toBe("HYBRID");
    expect(scoresAt(positionOf(THRESHOLDS.managed))).toMatchObject({ HYBRID: 50, MANAGED: 50 });
    expect(selectRecommendation(scoresAt(positionOf(THRESHOLDS.managed)))).toBe("MANAGED");
  });

  it("scores are pure break-fix at 0 and saturate at full managed", () => {
    expect(scoresAt(positionOf(0))).toEqual({ BREAK_FIX: 100, HYBRID: 0, MANAGED: 0 });
    expect(scoresAt(positionOf(THRESHOLDS.saturation))).toEqual({ BREAK_FIX: 0, HYBRID: 0, MANAGED: 100 });
    expect(scoresAt(positionOf(THRESHOLDS.saturation + 7))).toEqual({ BREAK_FIX: 0, HYBRID: 0, MANAGED: 100 });
  });

  it("the position never decreases with pressure", () => {
    let previous = -1;
    for (let effective = 0; effective <= 30; effective += 0.25) {
      const position = positionOf(effective);
      expect(position).toBeGreaterThanOrEqual(previous);
      previous = position;
    }
  });

  it("confidence comes from the margin between the top two scores", () => {
    expect(marginOf({ BREAK_FIX: 70, HYBRID: 40, MANAGED: 0 })).toBe(30);
    expect(confidenceOf({ BREAK_FIX: 70, HYBRID: 40, MANAGED: 0 })).toBe("high");
    expect(confidenceOf({ BREAK_FIX: 0, HYBRID: 62, MANAGED: 50 })).toBe("medium");
    expect(confidenceOf({ BREAK_FIX: 0, HYBRID: 55, MANAGED: 44 })).toBe("low");
    expect(confidenceOf({ BREAK_FIX: 50, HYBRID: 50, MANAGED: 0 })).toBe("low");
  });
});
