import { formatLoad, type LoadSample } from "./load";
import type { PageDef } from "./pages";
import type { Category, FormFactor, PageScore } from "./run";

/**
 * The audit's output: a console line per measurement and a generated section
 * of docs/quality.md between markers (`<!-- lighthouse:<section> -->`), one per
 * section name ("before", "after", "latest"...); the rest of the document is
 * written by hand and kept.
 */
export type Row = { page: PageDef; path: string; results: Partial<Record<FormFactor, PageScore>>; error?: string };

export type RunInfo = {
  section: string;
  date: string;
  commit: string;
  machine: string;
  chromium: string;
  lighthouse: string;
  database: string;
  runs: number;
  /** The audit's niceness (os.getPriority()): negative when run under `nice -n -N` to approximate a quiet machine. */
  niceness: number;
  start: LoadSample;
  end: LoadSample;
};

const LABEL: Record<Category, string> = {
  performance: "Performance",
  accessibility: "Accessibility",
  "best-practices": "Best practices",
  seo: "SEO",
};
const CATS = Object.keys(LABEL) as Category[];

const score = (v: number | null | undefined) => (v === null || v === undefined ? "–" : String(v));
const ms = (v: number | null | undefined) => (v === null || v === undefined ? "–" : `${Math.round(v)}`);
const kib = (v: number | null | undefined) => (v === null || v === undefined ? "–" : `${Math.round(v / 1024)}`);

export function consoleLine(row: Row, formFactor: FormFactor, r: PageScore): string {
  return (
    `  ${formFactor.padEnd(7)} ${CATS.map((c) => `${LABEL[c]} ${score(r.scores[c])}`).join(", ")}; ` +
    `TBT ${ms(r.tbt)} ms, LCP ${ms(r.lcp)} ms, unused JS ${kib(r.unusedJs)} KiB; load ${r.load.toFixed(2)}`
  );
}

function busyList(sample: LoadSample): string {
  const others = sample.busy.filter((p) => !p.ours);
  const ours = sample.busy.filter((p) => p.ours);
  const list = (ps: LoadSample["busy"]) =>
    ps
      .slice(0, 6)
      .map((p) => `\`${p.command.replace(/`/g, "'")}\` ${p.cpu}%`)
      .join(", ") || "none";
  return `others' processes: ${list(others)}; this audit's: ${list(ours)}`;
}

export function markdownSection(info: RunInfo, rows: Row[]): string {
  const lines = [
    `Measured ${info.date} on ${info.machine}; ${info.chromium}, Lighthouse ${info.lighthouse}; commit ${info.commit}; ` +
      `production build (\`next start\`) on ${info.database}. ` +
      `${info.runs === 1 ? "One run" : `${info.runs} runs`} per page and form factor` +
      `${info.runs > 1 ? " (the run with the median performance score is shown)" : ""}` +
      `${info.niceness !== 0 ? `; the app, chromium and Lighthouse ran at niceness ${info.niceness} (\`nice -n ${info.niceness}\`: priority over the machine's other work, to approximate a quiet machine)` : ""}.`,
    "",
    `Load average (1 / 5 / 15 min) at the start: ${formatLoad(info.start.loadavg)} (${info.start.at}); ` +
      `at the end: ${formatLoad(info.end.loadavg)} (${info.end.at}). ` +
      `Busy at the start (share of one core over 1 s): ${busyList(info.start)}. At the end: ${busyList(info.end)}.`,
    "",
    "Scores are desktop / mobile. TBT, LCP and unused JavaScript are from the mobile run (simulated throttling, Lighthouse's defaults). Load is the 1-minute load average when each measurement started (desktop / mobile).",
    "",
    `| role | page | ${CATS.map((c) => LABEL[c]).join(" | ")} | mobile TBT ms | mobile LCP ms | mobile unused JS KiB | load |`,
    `|---|---|${CATS.map(() => "---:").join("|")}|---:|---:|---:|---:|`,
  ];
  for (const row of rows) {
    const d = row.results.desktop;
    const m = row.results.mobile;
    const name = `${row.page.name}${row.page.charts ? " (charts)" : ""}`;
    if (row.error && !d && !m) {
      lines.push(`| ${row.page.role} | ${name} | failed: ${row.error.replace(/\|/g, "/")} | | | | | | | |`);
      continue;
    }
    const cell = (c: Category, r: PageScore | undefined) =>
      `${score(r?.scores[c])}${c === "seo" && onlyBlocked(r) ? "†" : ""}`;
    lines.push(
      `| ${row.page.role} | ${name} | ${CATS.map((c) => `${cell(c, d)} / ${cell(c, m)}`).join(" | ")} | ` +
        `${ms(m?.tbt)} | ${ms(m?.lcp)} | ${kib(m?.unusedJs)} | ${d ? d.load.toFixed(1) : "–"} / ${m ? m.load.toFixed(1) : "–"} |`,
    );
  }
  if (rows.some((r) => onlyBlocked(r.results.desktop) || onlyBlocked(r.results.mobile)))
    lines.push(
      "",
      "† Every SEO audit passes except `is-crawlable`: robots.txt keeps crawlers out of the private pages on purpose (`Disallow: /`, see above), and Lighthouse counts any page robots.txt disallows as blocked from indexing.",
    );
  const below: string[] = [];
  for (const row of rows) {
    for (const formFactor of ["desktop", "mobile"] as const) {
      const r = row.results[formFactor];
      if (!r) continue;
      const audits = Object.entries(r.failing)
        .filter(([, ids]) => ids.length)
        .map(([c, ids]) => `${LABEL[c as Category]}: ${ids.map((id) => `\`${id}\``).join(", ")}`);
      if (audits.length) below.push(`- ${row.page.role}, ${row.page.name}, ${formFactor}: ${audits.join("; ")}`);
    }
    if (row.error) below.push(`- ${row.page.role}, ${row.page.name}: ${row.error}`);
  }
  if (below.length) lines.push("", "Audits below 100 outside performance:", "", ...below);
  return lines.join("\n");
}

/** SEO below 100 only because robots.txt disallows the page (private pages: intended). */
function onlyBlocked(r: PageScore | undefined): boolean {
  return !!r && r.scores.seo !== null && r.scores.seo < 100 && r.failing.seo.join() === "is-crawlable";
}

export const markers = (section: string) =>
  [`<!-- lighthouse:${section} -->`, `<!-- /lighthouse:${section} -->`] as const;

/** Replaces the named section (appends it, with a title, when absent). */
export function replaceSection(document: string, section: string, body: string): string {
  const [start, end] = markers(section);
  const block = `${start}\n${body}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from >= 0 && to > from) return document.slice(0, from) + block + document.slice(to + end.length);
  return `${document.trimEnd()}\n\n## Lighthouse: ${section}\n\n${block}\n`;
}
