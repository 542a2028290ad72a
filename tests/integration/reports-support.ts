import { randomUUID } from "node:crypto";
import { contextFor, resolveActor, type Actor } from "@/lib/access/actor";
import { withDbContext, type Tx } from "@/lib/db/context";
import { createReport, type OwnerDb } from "@/lib/seed/factories";
import type { ReportContent } from "@/lib/reports/content";
import { ownerDb } from "@/tests/support/db";
import type { ReportStatus } from "@/lib/vocabulary";
import { claimsFor } from "@/tests/support/session";

/** Shared fixtures of the report integration tests (tests/integration/reports-*.test.ts). */
export const key = () => randomUUID();

/** The actor a page would resolve for this user (pages read through domain functions, not actions). */
export async function actorOf(user: { id: string }): Promise<Actor> {
  const claims = await claimsFor(user);
  return withDbContext({}, (tx) => resolveActor(tx, claims));
}

/** Runs a read as `actor`, in a transaction scoped like a page's (RLS context set). */
export async function readAs<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withDbContext(contextFor(actor), fn);
}

export const metric = (value: number | null, source = "PSA ticketing", asOf: string | null = "2025-03-31") => ({
  value,
  source,
  asOf,
});

export const sampleContent = (opened = 12): ReportContent => ({
  metrics: {
    incidentsOpened: metric(opened),
    incidentsResolved: metric(opened - 1),
    majorIncidents: metric(0),
    mttrHours: metric(3.5),
    availabilityPct: metric(99.95, "Monitoring"),
    backupJobsSucceeded: metric(58, "Backup console"),
    backupJobsFailed: metric(2, "Backup console"),
    ticketsByCategory: {
      value: [
        { category: "Network", count: 4 },
        { category: "Microsoft 365", count: 7 },
      ],
      source: "PSA ticketing",
      asOf: "2025-03-31",
    },
  },
  narrative: {
    highlights: "Quarterly restore test succeeded.",
    risks: "Storage close to capacity.",
    decisionsNeeded: "Approve laptop renewal.",
  },
  recommendations: [
    { title: "Enable MFA for remote users", detail: "Remote access is the main exposure.", priority: "high" },
  ],
  roadmap: [
    { title: "Migrate file shares to SharePoint", status: "in_progress", targetQuarter: "2025-Q2" },
    { title: "Replace the old firewall", status: "done", targetQuarter: "2025-Q1" },
  ],
  budget: [
    { label: "Managed services fee", kind: "run", amount: 1700, note: "Inside the contract" },
    { label: "Laptop renewal", kind: "project", amount: 4200, note: null },
  ],
});

export async function report(
  data: {
    tenantId: string;
    organizationId: string;
    authorId: string;
    period: string;
    status?: ReportStatus;
    content?: ReportContent;
  },
  db: OwnerDb = ownerDb(),
) {
  return createReport(db, { ...data, content: data.content ?? sampleContent() });
}

/** The report's row and its audit events, read behind the app's back. */
export async function state(reportId: string) {
  const db = ownerDb();
  const [row, events, acks, comments] = await Promise.all([
    db.steeringReport.findUnique({ where: { id: reportId } }),
    db.auditEvent.findMany({ where: { targetId: reportId }, orderBy: { createdAt: "asc" } }),
    db.reportAcknowledgement.findMany({ where: { reportId } }),
    db.reportComment.findMany({ where: { reportId } }),
  ]);
  return { row, events, acks, comments, actions: events.map((e) => e.action) };
}

/** Everything a saved form would post for a report: strings, as the editor sends them. */
export const editorPost = (id: string, expectedVersion: number, overrides: Record<string, unknown> = {}) => ({
  id,
  expectedVersion: String(expectedVersion),
  narrative: { highlights: "Everything ran.", risks: "", decisionsNeeded: "" },
  metrics: {
    incidentsOpened: { value: "9", source: "PSA", asOf: "2025-04-30" },
    availabilityPct: { value: "", source: "Monitoring", asOf: "2025-04-30" },
  },
  recommendations: { "0": { title: "Document the ERP recovery", detail: "", priority: "medium" } },
  roadmap: {},
  budget: { "0": { label: "Managed services fee", kind: "run", amount: "1700", note: "" } },
  ...overrides,
});
