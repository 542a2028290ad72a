import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canSampleCpu, cpuCost, parseMachineStat, parseProcStat, sampleCpu, ticksBetween } from "@/scripts/bench/cpu";

describe("the bench's CPU accounting (/proc)", () => {
  it("reads a process's group and CPU ticks, even when its name holds spaces and parentheses", () => {
    const line =
      "4242 (next-server (v16) x) S 1 4240 4240 0 -1 4194560 5000 0 0 0 1234 567 0 0 20 0 11 0 100 1000000 5000";
    expect(parseProcStat(line)).toEqual({ pid: 4242, comm: "next-server (v16) x", pgrp: 4240, ticks: 1801 });
    expect(parseProcStat("garbage")).toBeNull();
  });

  it("counts the machine's busy ticks as everything but idle and iowait", () => {
    const stat = "cpu  100 5 50 800 40 3 2 0 0 0\ncpu0 50 2 25 400 20 1 1 0 0 0\n";
    expect(parseMachineStat(stat)).toEqual({ total: 1000, busy: 160 });
    expect(parseMachineStat("intr 1 2 3")).toBeNull();
  });

  it("turns two samples into CPU milliseconds per response and the busy share", () => {
    const before = {
      app: new Map([[10, 1000]]),
      postgres: new Map([
        [20, 150],
        [21, 50],
      ]),
      machine: { total: 10_000, busy: 4_000 },
    };
    const after = {
      app: new Map([[10, 1500]]),
      postgres: new Map([
        [20, 190],
        [22, 20],
      ]),
      machine: { total: 12_000, busy: 5_500 },
    };
    // 500 app ticks at 100 Hz = 5 s over 250 responses = 20 ms each. PostgreSQL: 40 ticks by the
    // backend that stayed and 20 by one born in the window = 2.4 ms each; the one that exited (21)
    // is not subtracted (a plain sum would have been 210 − 200).
    const cost = cpuCost(before, after, 250, 100);
    expect(cost.appMsPerResponse).toBeCloseTo(20);
    expect(cost.postgresMsPerResponse).toBeCloseTo(2.4);
    expect(cost.machineBusyPercent).toBeCloseTo(75);
    expect(Number.isNaN(cpuCost(before, after, 0, 100).appMsPerResponse)).toBe(true);
  });

  it.runIf(canSampleCpu())("sees CPU spent by a process group it is given, and none by one it is not", () => {
    const ownGroup = parseProcStat(readFileSync("/proc/self/stat", "utf8"))!.pgrp;
    const before = sampleCpu([ownGroup]);
    const stranger = sampleCpu([2 ** 30]);
    const until = Date.now() + 300;
    let spin = 0;
    while (Date.now() < until) spin += Math.sqrt(spin + 1);
    const after = sampleCpu([ownGroup]);
    // 300 ms of spinning is about 30 ticks at 100 Hz; allow the scheduler some slack.
    expect(ticksBetween(before.app, after.app)).toBeGreaterThanOrEqual(15);
    expect(ticksBetween(stranger.app, sampleCpu([2 ** 30]).app)).toBe(0);
    expect(after.machine!.total).toBeGreaterThan(before.machine!.total);
  });
});
