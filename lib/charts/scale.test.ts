import { describe, expect, it } from "vitest";
import { categoryTicks, percentDomain, valueDomain, valueTicks } from "@/lib/charts/scale";

describe("categoryTicks", () => {
  it("labels every category when they fit", () => {
    expect(categoryTicks(6, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(categoryTicks(1, 4)).toEqual([0]);
    expect(categoryTicks(0, 4)).toEqual([]);
  });

  it("spaces the labels by a readable step, never more than the room allows", () => {
    const ticks = categoryTicks(24, 8);
    expect(ticks).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
    expect(categoryTicks(12, 5)).toEqual([0, 3, 6, 9]);
    for (let n = 1; n <= 120; n++) {
      for (const max of [2, 3, 5, 8, 13]) expect(categoryTicks(n, max).length).toBeLessThanOrEqual(max + 1);
    }
  });

  it("puts month labels on round months (6, 12, …) from month 1, keeping the first", () => {
    // Indices 5, 11, … are months 6, 12, …
    expect(categoryTicks(36, 8, 1)).toEqual([0, 5, 11, 17, 23, 29, 35]);
    expect(categoryTicks(60, 8, 1)).toEqual([0, 11, 23, 35, 47, 59]);
  });
});

describe("valueDomain", () => {
  it("spans zero to the largest value and ignores gaps", () => {
    expect(valueDomain([3, null, 7, undefined, 2])).toEqual([0, 7]);
    expect(valueDomain([-4, 2])).toEqual([-4, 2]);
  });

  it("still has a height with no value or only zeros", () => {
    expect(valueDomain([null, null])).toEqual([0, 1]);
    expect(valueDomain([0, 0])).toEqual([0, 1]);
    expect(valueDomain([])).toEqual([0, 1]);
  });
});

describe("percentDomain", () => {
  it("goes up to 100 from one point under the lowest value, ignoring gaps", () => {
    expect(percentDomain([99.2, null, 99.9])).toEqual([98, 100]);
    expect(percentDomain([62.5, 88])).toEqual([61, 100]);
  });

  it("never starts below zero nor at 100", () => {
    expect(percentDomain([0.4, 50])).toEqual([0, 100]);
    expect(percentDomain([100, 100])).toEqual([99, 100]);
    expect(percentDomain([null])).toEqual([0, 100]);
  });
});

describe("valueTicks", () => {
  it("rounds the domain out to round ticks", () => {
    expect(valueTicks([0, 7])).toEqual({ domain: [0, 7], ticks: [0, 1, 2, 3, 4, 5, 6, 7] });
    expect(valueTicks([0, 9.3])).toEqual({ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
    expect(valueTicks([0, 23_456])).toEqual({ domain: [0, 25_000], ticks: [0, 5_000, 10_000, 15_000, 20_000, 25_000] });
  });

  it("keeps whole numbers only for counts", () => {
    const { ticks, domain } = valueTicks([0, 1], { integers: true });
    expect(ticks.every((t) => Number.isInteger(t))).toBe(true);
    expect(ticks).toEqual([0, 1]);
    expect(domain).toEqual([0, 1]);
  });

  it("covers the domain it was given", () => {
    for (const [low, high] of [
      [0, 3],
      [98, 100],
      [0, 1234.5],
      [-40, 75],
    ] as const) {
      const { domain, ticks } = valueTicks([low, high]);
      expect(domain[0]).toBeLessThanOrEqual(low);
      expect(domain[1]).toBeGreaterThanOrEqual(high);
      expect(ticks[0]).toBeGreaterThanOrEqual(domain[0]);
      expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(domain[1]);
    }
  });
});
