import type { CpuCost } from "./cpu";

/**
 * The benchmark's arithmetic, pure (tests/unit/bench-stats.test.ts): latency
 * percentiles from the raw per-request latencies, ratios to the baseline and
 * the issue's budgets.
 */

/** Nearest-rank percentile (p in (0, 100]) of ascending `sorted` values; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type LatencySummary = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/**
 * baseline: a guarded `SELECT 1` route; floor: a trivial signed-in page (the shell, guards and
 * session of every page, one line of content); read: a page; dashboard: the dashboard's data
 * route; api: a REST API v1 route (JSON, Bearer token), held to the dashboard route's rule; write: a
 * server action.
 */
export type TargetKind = "baseline" | "floor" | "read" | "dashboard" | "api" | "write";

export type Measurement = {
  name: string;
  kind: TargetKind;
  /** Completed requests per second over the measured window. */
  rps: number;
  latency: LatencySummary;
  /** Responses with a status outside 2xx. */
  non2xx: number;
  /** Socket errors and timeouts (a request unanswered after the load runner's timeout, shorter than the window). */
  errors: number;
  /**
   * Requests sent that got neither an answer nor an error by the end of the window, beyond the one
   * each connection may legitimately still be waiting for (e.g. lost when a connection closed under them).
   */
  unanswered: number;
  /** 2xx responses whose body is an error result (server actions: `{ ok: false }`). */
  bodyErrors: number;
  /** CPU spent per response by the app and by PostgreSQL during the window (scripts/bench/cpu.ts; Linux only). */
  cpu?: CpuCost;
};

export const totalErrors = (m: Measurement) => m.non2xx + m.errors + m.bodyErrors + m.unanswered;

/**
 * The issue's budgets at 10 connections on the 2-core machine with the large data set. A target also
 * needs `minResponses` answers in its window: a p95 of a handful of requests says nothing, and a
 * target meeting its budget at 10 connections answers hundreds in a few seconds — so few answers
 * mean the connections were stuck (the stalled 2-instance run: ~10 writes in 8 s, and a PASS).
 */
export const BUDGETS = {
  readP95Ms: 150,
  writeP95Ms: 250,
  dashboardBaselineRatio: 3,
  pageFloorRatio: 1.5,
  minResponses: 100,
} as const;

/** The run's references: the baseline route and the floor page (null when not measured). */
export type References = { baseline: Measurement | null; floor: Measurement | null };

const isReference = (m: Measurement) => m.kind === "baseline" || m.kind === "floor";

export type Verdict = { pass: boolean; rule: string; why: string[] };

export function ratios(m: Measurement, reference: Measurement | null): { p95: number; rps: number } | null {
  if (!reference || !(reference.latency.p95 > 0) || !(reference.rps > 0)) return null;
  return { p95: m.latency.p95 / reference.latency.p95, rps: m.rps / reference.rps };
}

export function verdict(m: Measurement, { baseline, floor }: References): Verdict | null {
  if (isReference(m)) return null;
  const why: string[] = [];
  const errors = totalErrors(m);
  if (errors > 0) why.push(`${errors} error(s)`);
  if (m.latency.count === 0) why.push("no response");
  else if (m.latency.count < BUDGETS.minResponses)
    why.push(`only ${m.latency.count} responses (at least ${BUDGETS.minResponses} needed)`);
  const limit = m.kind === "write" ? BUDGETS.writeP95Ms : BUDGETS.readP95Ms;
  if (!(m.latency.p95 <= limit)) why.push(`p95 ${m.latency.p95.toFixed(0)} ms > ${limit} ms`);
  let rule =
    m.kind === "write" ? `p95 ≤ ${BUDGETS.writeP95Ms} ms, 0 errors` : `p95 ≤ ${BUDGETS.readP95Ms} ms, 0 errors`;
  if (m.kind === "dashboard" || m.kind === "api") {
    rule += `, p95 ≤ ${BUDGETS.dashboardBaselineRatio}× baseline`;
    const r = ratios(m, baseline);
    if (!r) why.push("no baseline to compare with");
    else if (r.p95 > BUDGETS.dashboardBaselineRatio) why.push(`p95 ${r.p95.toFixed(1)}× the baseline's`);
  }
  if (m.kind === "read") {
    rule += `, p95 ≤ ${BUDGETS.pageFloorRatio}× floor`;
    const r = ratios(m, floor);
    if (!r) why.push("no floor to compare with");
    else if (r.p95 > BUDGETS.pageFloorRatio) why.push(`p95 ${r.p95.toFixed(2)}× the floor's`);
  }
  return { pass: why.length === 0, rule, why };
}

/**
 * A server action's response is 200 even when the action refused the request:
 * the result is in the React Server Components payload. Returns why the body is
 * an error, or null when it carries `{ ok: true, ... }`.
 */
export function actionBodyError(body: string): string | null {
  if (/"ok"\s*:\s*false/.test(body)) {
    const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(body)?.[1];
    return `action result ok:false${code ? ` (${code})` : ""}`;
  }
  if (!/"ok"\s*:\s*true/.test(body)) return "no action result in the response";
  return null;
}
