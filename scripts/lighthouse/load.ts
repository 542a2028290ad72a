import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

/**
 * The machine's load while a page is measured. Lighthouse's mobile profile
 * simulates a slow phone from what it observes, so a busy CPU shows up in every
 * performance figure: each measurement records the load average, and the run
 * records which processes were busy (CPU share over one second, from /proc),
 * ours (this script's children: the app, chromium) marked apart from others'.
 */
export type BusyProcess = { pid: number; cpu: number; ours: boolean; command: string };
export type LoadSample = { at: string; loadavg: [number, number, number]; busy: BusyProcess[] };

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type Stat = { ppid: number; ticks: number };

function readStats(): Map<number, Stat> {
  const stats = new Map<number, Stat>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return stats; // not Linux: load average only
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ..." — comm may contain spaces and parentheses: split after the last ")".
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  return stats;
}

function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const text = args.length ? args.join(" ") : readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    return text.length > 90 ? `${text.slice(0, 87)}...` : text;
  } catch {
    return "?";
  }
}

function isOurs(pid: number, stats: Map<number, Stat>): boolean {
  for (let p: number | undefined = pid, depth = 0; p && p > 1 && depth < 64; depth++) {
    if (p === process.pid) return true;
    p = stats.get(p)?.ppid;
  }
  return false;
}

export const loadavg = (): [number, number, number] => os.loadavg() as [number, number, number];

/** Load average now, and the processes that used at least `minCpu`% of a core over `ms`. */
export async function sampleLoad(ms = 1000, minCpu = 5): Promise<LoadSample> {
  const before = readStats();
  const started = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, ms));
  const after = readStats();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const busy: BusyProcess[] = [];
  for (const [pid, stat] of after) {
    const previous = before.get(pid);
    if (!previous) continue;
    const cpu = ((stat.ticks - previous.ticks) / TICKS_PER_SECOND / seconds) * 100;
    if (cpu >= minCpu) busy.push({ pid, cpu: Math.round(cpu), ours: isOurs(pid, after), command: commandOf(pid) });
  }
  busy.sort((a, b) => b.cpu - a.cpu);
  return { at: new Date().toISOString().replace(/\.\d+Z$/, "Z"), loadavg: loadavg(), busy };
}

export const formatLoad = (l: [number, number, number]) => l.map((v) => v.toFixed(2)).join(" / ");

/** Waits (at most `timeoutMs`) for the 1-minute load average to fall to `max`; returns whether it did. */
export async function waitForQuiet(max: number, timeoutMs: number, log: (line: string) => void): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let said = false;
  while (loadavg()[0] > max) {
    if (Date.now() > deadline) return false;
    if (!said) {
      log(`  waiting for the 1-minute load (${loadavg()[0].toFixed(2)}) to fall to ${max}...`);
      said = true;
    }
    await new Promise((r) => setTimeout(r, 5000));
  }
  return true;
}
