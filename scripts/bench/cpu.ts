import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/**
 * Where a target's CPU goes (Linux /proc): the app instances' processes, PostgreSQL's processes and
 * the whole machine, sampled before and after the measured window. Divided by the responses, it
 * says what one page costs in CPU — the figure that decides how many pages a core serves, and
 * whether a second instance can help (only while the machine has idle CPU left).
 */
export type ProcessTimes = { pid: number; comm: string; pgrp: number; ticks: number };

/** Parses /proc/<pid>/stat. `comm` may hold spaces and parentheses: it ends at the last ")". */
export function parseProcStat(text: string): ProcessTimes | null {
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const pid = Number(text.slice(0, open).trim());
  const comm = text.slice(open + 1, close);
  // After ")": state(3) ppid(4) pgrp(5) session(6) tty_nr(7) tpgid(8) flags(9) minflt(10)
  // cminflt(11) majflt(12) cmajflt(13) utime(14) stime(15).
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const pgrp = Number(rest[2]);
  const ticks = Number(rest[11]) + Number(rest[12]);
  if (!Number.isFinite(pid) || !Number.isFinite(pgrp) || !Number.isFinite(ticks)) return null;
  return { pid, comm, pgrp, ticks };
}

/** The first line of /proc/stat: all CPUs' ticks, and the busy ones (all but idle and iowait). */
export function parseMachineStat(text: string): { total: number; busy: number } | null {
  const line = text.split("\n").find((l) => l.startsWith("cpu "));
  if (!line) return null;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user).
  const total = v.slice(0, 8).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { total, busy: total - idle };
}

export type CpuSample = {
  /** CPU ticks per process of the app instances' process groups. */
  app: Map<number, number>;
  /** CPU ticks per `postgres` process (the server and its backends). */
  postgres: Map<number, number>;
  machine: { total: number; busy: number } | null;
};

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null; // gone between the listing and the read
  }
}

/** One sample; `appGroups` are the process group ids of the app instances (each started detached). */
export function sampleCpu(appGroups: readonly number[]): CpuSample {
  const groups = new Set(appGroups);
  const app = new Map<number, number>();
  const postgres = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const text = read(`/proc/${entry}/stat`);
    const p = text ? parseProcStat(text) : null;
    if (!p) continue;
    if (groups.has(p.pgrp)) app.set(p.pid, p.ticks);
    else if (p.comm === "postgres") postgres.set(p.pid, p.ticks);
  }
  const stat = read("/proc/stat");
  return { app, postgres, machine: stat ? parseMachineStat(stat) : null };
}

/**
 * Ticks spent between two samples: each process's own difference, all of a process born in
 * between. A process that exited in between (a pooled connection closed, its backend gone) is
 * not counted, so the figure is a lower bound — never the negative total a plain sum would give.
 */
export function ticksBetween(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, ticks] of after) spent += Math.max(0, ticks - (before.get(pid) ?? 0));
  return spent;
}

let clockTicks: number | null = null;
/** Ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
export function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export type CpuCost = {
  /** Milliseconds of app CPU per response (all instances together). */
  appMsPerResponse: number;
  /** Milliseconds of PostgreSQL CPU per response. */
  postgresMsPerResponse: number;
  /** Share of the machine's CPU time that was busy during the window (all cores), in percent. */
  machineBusyPercent: number;
};

export function cpuCost(before: CpuSample, after: CpuSample, responses: number, hz = ticksPerSecond()): CpuCost {
  const perResponse = (ticks: number) => (responses > 0 ? (ticks * 1000) / hz / responses : Number.NaN);
  const total = before.machine && after.machine ? after.machine.total - before.machine.total : 0;
  const busy = before.machine && after.machine ? after.machine.busy - before.machine.busy : 0;
  return {
    appMsPerResponse: perResponse(ticksBetween(before.app, after.app)),
    postgresMsPerResponse: perResponse(ticksBetween(before.postgres, after.postgres)),
    machineBusyPercent: total > 0 ? (busy * 100) / total : Number.NaN,
  };
}

/** Whether this machine exposes /proc (Linux): elsewhere the bench prints no CPU columns. */
export function canSampleCpu(): boolean {
  return read("/proc/stat") !== null;
}
