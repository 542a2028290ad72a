import { describe, expect, it } from "vitest";
import {
  actionBodyError,
  percentile,
  ratios,
  summarize,
  totalErrors,
  verdict,
  type Measurement,
} from "@/scripts/bench/stats";

const m = (over: Partial<Measurement> & { p95: number }): Measurement => ({
  name: "t",
  kind: over.kind ?? "read",
  rps: over.rps ?? 100,
  latency: { count: 100, mean: 1, p50: 1, p95: over.p95, p99: over.p95, max: over.p95 },
  non2xx: over.non2xx ?? 0,
  errors: over.errors ?? 0,
  bodyErrors: over.bodyErrors ?? 0,
  unanswered: over.unanswered ?? 0,
});

describe("percentile (nearest rank)", () => {
  it("picks the value at ceil(p/100 × n)", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 51)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarizes unsorted latencies", () => {
    const s = summarize([30, 10, 20, 40]);
    expect(s).toMatchObject({ count: 4, mean: 25, p50: 20, p95: 40, p99: 40, max: 40 });
  });
});

describe("budgets", () => {
  const baseline = m({ kind: "baseline", p95: 20, rps: 400 });
  const floor = m({ kind: "floor", p95: 80, rps: 120 });
  const refs = { baseline, floor };

  it("pages: p95 ≤ 150 ms, ≤ 1.5× the floor's, and no error", () => {
    expect(verdict(m({ p95: 120 }), refs)?.pass).toBe(true);
    expect(verdict(m({ p95: 121 }), refs)?.why).toEqual(["p95 1.51× the floor's"]);
    expect(verdict(m({ p95: 151 }), { baseline, floor: m({ kind: "floor", p95: 200 }) })?.why).toEqual([
      "p95 151 ms > 150 ms",
    ]);
    expect(verdict(m({ p95: 10, non2xx: 1 }), refs)?.why).toEqual(["1 error(s)"]);
    expect(verdict(m({ p95: 10, bodyErrors: 2, errors: 1 }), refs)?.pass).toBe(false);
    expect(verdict(m({ p95: 10 }), { baseline, floor: null })?.why).toEqual(["no floor to compare with"]);
  });

  it("dashboard: also ≤ 3× the baseline's p95 (the floor does not apply to data routes)", () => {
    expect(verdict(m({ kind: "dashboard", p95: 60 }), refs)?.pass).toBe(true);
    expect(verdict(m({ kind: "dashboard", p95: 61 }), refs)?.why).toEqual(["p95 3.0× the baseline's"]);
    expect(verdict(m({ kind: "dashboard", p95: 61 }), { baseline: null, floor })?.why).toEqual([
      "no baseline to compare with",
    ]);
  });

  it("writes: p95 ≤ 250 ms", () => {
    expect(verdict(m({ kind: "write", p95: 250 }), refs)?.pass).toBe(true);
    expect(verdict(m({ kind: "write", p95: 251 }), refs)?.pass).toBe(false);
  });

  it("a target that answered almost nothing is not a PASS, however fast its few answers were", () => {
    // The stalled 2-instance run: ~10 publications in an 8 s window, p95 low, no error counted.
    const stalled = { ...m({ kind: "write", p95: 120 }), latency: { ...m({ p95: 120 }).latency, count: 10 } };
    expect(verdict(stalled, refs)).toMatchObject({ pass: false, why: ["only 10 responses (at least 100 needed)"] });
    const enough = { ...stalled, latency: { ...stalled.latency, count: 100 } };
    expect(verdict(enough, refs)?.pass).toBe(true);
  });

  it("requests left unanswered at the end of the window count as errors", () => {
    expect(totalErrors({ ...m({ p95: 10 }), unanswered: 3 })).toBe(3);
    expect(verdict({ ...m({ kind: "write", p95: 10 }), unanswered: 3 }, refs)?.why).toEqual(["3 error(s)"]);
  });

  it("the baseline and the floor have no budget; ratios compare p95 and throughput with them", () => {
    expect(verdict(baseline, refs)).toBeNull();
    expect(verdict(floor, refs)).toBeNull();
    expect(ratios(m({ p95: 50, rps: 100 }), baseline)).toEqual({ p95: 2.5, rps: 0.25 });
    expect(ratios(m({ p95: 100, rps: 60 }), floor)).toEqual({ p95: 1.25, rps: 0.5 });
    expect(ratios(m({ p95: 50 }), null)).toBeNull();
  });
});

describe("actionBodyError", () => {
  it("reads the action result out of the RSC payload", () => {
    expect(actionBodyError('0:{"a":"$@1","f":"","b":"x"}\n1:{"ok":true,"data":{"id":"c1"}}\n')).toBeNull();
    expect(actionBodyError('0:{"a":"$@1"}\n1:{"ok":false,"code":"CONFLICT","message":"…"}\n')).toBe(
      "action result ok:false (CONFLICT)",
    );
    expect(actionBodyError("")).toBe("no action result in the response");
  });
});
