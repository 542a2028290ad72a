import { describe, expect, it } from "vitest";
import { MODELS } from "@/lib/vocabulary";
import { prng } from "@/lib/seed/demo";
import { chainProblems, clientMonths, DEFAULT_CHAIN_OPTIONS, generateChain, modelAt } from "@/lib/seed/large/chains";

const chains = (n: number, options = DEFAULT_CHAIN_OPTIONS) => {
  const rng = prng(7);
  return Array.from({ length: n }, () => generateChain(rng, options));
};

describe("generateChain", () => {
  it("always produces a coherent history (first from null, from = previous to, churn last, currentModel = last model)", () => {
    for (const chain of chains(5_000)) {
      expect(
        chainProblems(chain.steps, { lifecycleStatus: chain.lifecycle, currentModel: chain.currentModel }),
      ).toEqual([]);
      chain.steps.forEach((s, i) => {
        if (i > 0) expect(s.month).toBeGreaterThan(chain.steps[i - 1]!.month);
        expect(s.month).toBeGreaterThanOrEqual(-(DEFAULT_CHAIN_OPTIONS.months - 1));
        expect(s.month).toBeLessThanOrEqual(0);
      });
    }
  });

  it("mixes prospects, churn, backward and forward moves, with three years of history for most", () => {
    const all = chains(5_000);
    const count = (p: (c: (typeof all)[number]) => boolean) => all.filter(p).length;
    const moves = all.flatMap((c) => c.steps.filter((s) => s.from && s.to));
    const order: readonly string[] = MODELS;
    const backward = moves.filter((s) => order.indexOf(s.to!) < order.indexOf(s.from!)).length;
    expect(count((c) => c.lifecycle === "PROSPECT")).toBeGreaterThan(40);
    expect(count((c) => c.lifecycle === "FORMER")).toBeGreaterThan(300);
    expect(backward).toBeGreaterThan(moves.length * 0.1);
    expect(backward).toBeLessThan(moves.length * 0.5);
    expect(count((c) => c.startMonth === -35)).toBeGreaterThan(4_000);
    expect(moves.length / all.length).toBeGreaterThan(0.8);
  });

  it("is deterministic for a seed", () => {
    expect(generateChain(prng(42))).toEqual(generateChain(prng(42)));
  });
});

describe("modelAt / clientMonths", () => {
  it("give the model in effect each month a client, none before the start or after churn", () => {
    for (const chain of chains(500)) {
      const months = clientMonths(chain);
      if (chain.startMonth === null) {
        expect(months).toEqual([]);
        continue;
      }
      expect(months[0]).toBe(chain.startMonth);
      expect(modelAt(chain, chain.startMonth - 1)).toBeNull();
      for (const m of months) expect(modelAt(chain, m)).not.toBeNull();
      if (chain.churnMonth !== null) {
        expect(months[months.length - 1]).toBe(chain.churnMonth - 1);
        expect(modelAt(chain, chain.churnMonth)).toBeNull();
      } else {
        expect(months[months.length - 1]).toBe(0);
        expect(modelAt(chain, 0)).toBe(chain.currentModel);
      }
    }
  });
});

describe("chainProblems", () => {
  it("names what is wrong with stored rows", () => {
    const active = { lifecycleStatus: "ACTIVE" as const, currentModel: "HYBRID" as const };
    expect(
      chainProblems(
        [
          { from: null, to: "BREAK_FIX" },
          { from: "BREAK_FIX", to: "HYBRID" },
        ],
        active,
      ),
    ).toEqual([]);
    expect(chainProblems([{ from: "BREAK_FIX", to: "HYBRID" }], active)).toContain("the first change has a fromModel");
    expect(
      chainProblems(
        [
          { from: null, to: "BREAK_FIX" },
          { from: "MANAGED", to: "HYBRID" },
        ],
        active,
      ),
    ).toContain("change 1: fromModel is not the previous toModel");
    expect(
      chainProblems(
        [
          { from: null, to: "HYBRID" },
          { from: "HYBRID", to: null },
        ],
        active,
      ),
    ).toContain("churn and lifecycle FORMER disagree");
    expect(chainProblems([{ from: null, to: "MANAGED" }], active)).toContain("currentModel is not the last toModel");
    expect(chainProblems([], { lifecycleStatus: "PROSPECT", currentModel: "BREAK_FIX" })).toEqual([]);
  });
});
