import { MAX_TICKET_CATEGORIES } from "@/lib/reports/content";
import { periodEndDay } from "@/lib/reports/period";
import { earlierDay } from "@/lib/validation/dates";
import type { Detection, InterventionKind } from "@/lib/vocabulary";

/**
 * A monthly report's incident figures as the interventions log tells them, proposed to the
 * editor (who may change them before publishing). Pure: the domain reads the month's rows
 * (lib/domain/interventions/propose-report-metrics.ts).
 *
 * - incidents opened: the tickets logged in the month (time entries are work, not incidents);
 * - major incidents: tickets that stopped the work of at least a quarter of the client's people
 *   (and never fewer than two), so the threshold follows the client's size;
 * - tickets by category: the month's tickets per category, most frequent first (at most 30, the
 *   report's limit; how many more there were is `otherCategories`);
 * - not proposed: incidents resolved and time to resolve (the log records work done, not when a
 *   ticket opened and closed), and availability, patching and backups (they come from other tools).
 */
export type LogRow = {
  kind: InterventionKind;
  category: string;
  detection: Detection;
  peopleAffected: number;
};

export type ReportMetricsProposal = {
  /** First and last day read ("YYYY-MM-DD"): the month, up to today when the month is not over. */
  from: string;
  to: string;
  /** The as-of date of the proposed figures (= `to`). */
  asOf: string;
  tickets: number;
  timeEntries: number;
  /** Tickets detected by monitoring / reported by a user. */
  detected: number;
  reported: number;
  /** People whose work must have stopped for a ticket to count as major. */
  majorThreshold: number;
  incidentsOpened: number;
  majorIncidents: number;
  ticketsByCategory: { category: string; count: number }[];
  /** Categories beyond the report's 30 (not proposed). */
  otherCategories: number;
};

/** A quarter of the client's people, never fewer than two. */
export const MAJOR_SHARE = 0.25;
export const MAJOR_MINIMUM = 2;

export function majorThreshold(headcount: number): number {
  return Math.max(MAJOR_MINIMUM, Math.ceil(headcount * MAJOR_SHARE));
}

/** The days of `period` ("YYYY-MM") the log is read for, or null when the month has not started. */
export function proposalWindow(period: string, today: string): { from: string; to: string } | null {
  const from = `${period}-01`;
  const to = earlierDay(periodEndDay(period), today);
  return to < from ? null : { from, to };
}

export function proposeReportMetrics(
  rows: readonly LogRow[],
  window: { from: string; to: string },
  headcount: number,
): ReportMetricsProposal {
  const tickets = rows.filter((r) => r.kind === "TICKET");
  const threshold = majorThreshold(headcount);
  const perCategory = new Map<string, number>();
  for (const t of tickets) perCategory.set(t.category, (perCategory.get(t.category) ?? 0) + 1);
  const ranked = [...perCategory]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  return {
    ...window,
    asOf: window.to,
    tickets: tickets.length,
    timeEntries: rows.length - tickets.length,
    detected: tickets.filter((t) => t.detection === "MONITORING").length,
    reported: tickets.filter((t) => t.detection === "USER_REPORTED").length,
    majorThreshold: threshold,
    incidentsOpened: tickets.length,
    majorIncidents: tickets.filter((t) => t.peopleAffected >= threshold).length,
    ticketsByCategory: ranked.slice(0, MAX_TICKET_CATEGORIES),
    otherCategories: Math.max(0, ranked.length - MAX_TICKET_CATEGORIES),
  };
}
