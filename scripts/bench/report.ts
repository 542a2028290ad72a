import type { Machine } from "./machine";
import { ratios, totalErrors, verdict, type Measurement, type References } from "./stats";

/**
 * The benchmark's output: a console table and a generated section of
 * docs/performance.md (between markers, one section per instance count; the
 * rest of the document is written by hand and kept).
 */
export type Row = Measurement & { path: string; role: string; skipped?: string };

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "–");
const x = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "–" : `${v.toFixed(2)}×`);

/** A ratio cell: the reference itself reads 1.00×, a target without that reference "–". */
function ratioCell(r: Row, reference: Row["kind"], value: number | undefined): string {
  return r.kind === reference ? "1.00×" : x(value);
}

/** App CPU per response as a multiple of the floor's: how much heavier than the bare shell a page renders. */
function cpuCells(r: Row, refs: References): [string, string, string, string] {
  const c = r.cpu;
  if (!c) return ["–", "–", "–", "–"];
  const floor = refs.floor?.cpu?.appMsPerResponse;
  const toFloor = r.kind === "floor" ? "1.00×" : floor && floor > 0 ? x(c.appMsPerResponse / floor) : "–";
  const pct = Number.isFinite(c.machineBusyPercent) ? `${c.machineBusyPercent.toFixed(0)} %` : "–";
  return [ms(c.appMsPerResponse), toFloor, ms(c.postgresMsPerResponse), pct];
}

export function consoleTable(rows: Row[], refs: References): string {
  const header = [
    "target",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "non2xx",
    "errors",
    "p95/base",
    "p95/floor",
    "rps/base",
    "app CPU ms",
    "app CPU/floor",
    "PG CPU ms",
    "busy",
    "budget",
  ];
  const lines = rows.map((r) => {
    if (r.skipped) return [r.name, "skipped:", r.skipped, "", "", "", "", "", "", "", "", "", "", "", ""];
    const ratio = ratios(r, refs.baseline);
    const toFloor = ratios(r, refs.floor);
    const v = verdict(r, refs);
    return [
      r.name,
      r.rps.toFixed(1),
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      String(r.non2xx),
      String(totalErrors(r) - r.non2xx),
      ratioCell(r, "baseline", ratio?.p95),
      ratioCell(r, "floor", toFloor?.p95),
      ratioCell(r, "baseline", ratio?.rps),
      ...cpuCells(r, refs),
      v ? (v.pass ? "PASS" : `MISS (${v.why.join("; ")})`) : "reference",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt)].join("\n");
}

export type RunInfo = {
  machine: Machine;
  instances: number;
  /** What the instances are behind (nginx and its configuration, or the fallback); null for one instance. */
  proxy: string | null;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  poolMax: number;
  dataSet: string;
};

export function markdownSection(info: RunInfo, rows: Row[], refs: References): string {
  const m = info.machine;
  const lines = [
    `Measured ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.postgres}; commit ${m.commit}.`,
    `${info.instances} \`next start\` instance(s)${info.proxy ? ` behind ${info.proxy}` : ""}, ` +
      `DB_POOL_MAX=${info.poolMax} per instance; autocannon ${info.connections} connections, ${info.warmupSeconds} s warm-up then ` +
      `${info.durationSeconds} s per target; ${info.dataSet}. Load average when the run started: ${m.loadAverage} ` +
      `(other work on the machine shows up in every figure).`,
    "",
    "| target | request | as | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | p95 / baseline | p95 / floor | req/s / baseline | app CPU ms / response | app CPU / floor's | PostgreSQL CPU ms / response | machine busy | budget |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    if (r.skipped) {
      lines.push(`| ${r.name} | \`${r.path}\` | ${r.role} | skipped: ${r.skipped} | | | | | | | | | | | | | |`);
      continue;
    }
    const ratio = ratios(r, refs.baseline);
    const toFloor = ratios(r, refs.floor);
    const v = verdict(r, refs);
    const budget = v ? `${v.pass ? "**PASS**" : `**MISS**: ${v.why.join("; ")}`} (${v.rule})` : "reference";
    lines.push(
      `| ${r.name} | \`${r.path}\` | ${r.role} | ${r.rps.toFixed(1)} | ${ms(r.latency.p50)} | ${ms(r.latency.p95)} | ${ms(r.latency.p99)} | ` +
        `${r.non2xx} | ${totalErrors(r) - r.non2xx} | ${ratioCell(r, "baseline", ratio?.p95)} | ${ratioCell(r, "floor", toFloor?.p95)} | ` +
        `${ratioCell(r, "baseline", ratio?.rps)} | ${cpuCells(r, refs).join(" | ")} | ${budget} |`,
    );
  }
  if (rows.some((r) => r.cpu))
    lines.push(
      "",
      "CPU columns: CPU time (user + system, from /proc) of the app instances' processes and of every " +
        "PostgreSQL process during the measured window, divided by the responses (a process that exited " +
        "during the window is not counted: a lower bound); machine busy: the share of all cores' time not " +
        "idle in that window (the load generator and the proxy included).",
    );
  const failed = rows.filter((r) => !r.skipped && totalErrors(r) > 0);
  if (failed.length) lines.push("", `Errors: ${failed.map((r) => `${r.name} ${totalErrors(r)}`).join(", ")}.`);
  return lines.join("\n");
}

export const markers = (instances: number) =>
  [`<!-- bench:results:${instances} -->`, `<!-- /bench:results:${instances} -->`] as const;

/** Replaces the section between the markers for this instance count (appends it when absent). */
export function replaceSection(document: string, instances: number, section: string): string {
  const [start, end] = markers(instances);
  const block = `${start}\n${section}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from >= 0 && to > from) return document.slice(0, from) + block + document.slice(to + end.length);
  const title = `\n## Latest run, ${instances} instance${instances > 1 ? "s" : ""}\n\n`;
  return `${document.trimEnd()}\n${title}${block}\n`;
}
