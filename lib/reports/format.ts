import type { BudgetKind } from "@/lib/reports/content";
import type { Formatter } from "@/lib/reports/metrics";
import { parseQuarter, periodStart } from "@/lib/reports/period";

/** "November 2026" */
export function formatPeriod(format: Formatter, period: string): string {
  return format.dateTime(periodStart(period), { year: "numeric", month: "long" });
}

/** "Nov 26" (chart axes, narrow tables) */
export function formatPeriodShort(format: Formatter, period: string): string {
  return format.dateTime(periodStart(period), { year: "2-digit", month: "short" });
}

/** Parameters for the catalog's quarter label ("Q{quarter} {year}"), as strings (no digit grouping). */
export function quarterParams(value: string): { quarter: string; year: string } {
  const q = parseQuarter(value);
  return q ? { quarter: String(q.quarter), year: String(q.year) } : { quarter: "?", year: value };
}

export function formatMoney(format: Formatter, amount: number, currency: string): string {
  return format.number(amount, { style: "currency", currency, maximumFractionDigits: 2 });
}

/** Run (inside the contract) and project (outside it) subtotals of the budget lines. */
export function budgetTotals(lines: readonly { kind: BudgetKind; amount: number }[]): {
  run: number;
  project: number;
  total: number;
} {
  const run = lines.filter((l) => l.kind === "run").reduce((n, l) => n + l.amount, 0);
  const project = lines.filter((l) => l.kind === "project").reduce((n, l) => n + l.amount, 0);
  return { run: round2(run), project: round2(project), total: round2(run + project) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
