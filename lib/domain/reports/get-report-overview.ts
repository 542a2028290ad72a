import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { staffTenant } from "@/lib/domain/scope";

export const OVERVIEW_STATES = ["missing", "draft", "published", "acknowledged", "withdrawn"] as const;
export type OverviewState = (typeof OVERVIEW_STATES)[number];

export type OverviewRow = {
  organization: {
    id: string;
    name: string;
    lifecycleStatus: "PROSPECT" | "ACTIVE" | "FORMER";
    currentModel: "BREAK_FIX" | "HYBRID" | "MANAGED";
    managerId: string | null;
    managerName: string | null;
  };
  report: {
    id: string;
    status: ReportStatus;
    updatedAt: Date;
    publishedAt: Date | null;
    acknowledgements: number;
    comments: number;
  } | null;
  state: OverviewState;
};

export type ReportOverview = {
  period: string;
  /** Clients expected to get the month's report (active, hybrid or managed) and any organization that has one. */
  rows: OverviewRow[];
  counts: Record<OverviewState, number>;
  /** Other active clients (break-fix: monthly steering is not part of what they buy), without a report this month. */
  optional: OverviewRow[];
};

/** Who gets a monthly steering report: active clients on a hybrid or managed contract (break-fix clients buy no steering). */
function expectsMonthlyReport(org: { lifecycleStatus: string; currentModel: string }): boolean {
  return org.lifecycleStatus === "ACTIVE" && org.currentModel !== "BREAK_FIX";
}

function overviewState(report: { status: ReportStatus; acknowledgements: number } | null): OverviewState {
  if (!report) return "missing";
  if (report.status === "DRAFT") return "draft";
  if (report.status === "WITHDRAWN") return "withdrawn";
  return report.acknowledgements > 0 ? "acknowledged" : "published";
}

/**
 * The MSP's month at a glance: every client expected to get a report (active,
 * hybrid or managed — the same rule as the portfolio dashboard's "missing
 * reports"), plus any other organization that has one that month, with the
 * state of its report — missing, draft, published, acknowledged by the
 * client, withdrawn. Active break-fix clients come apart, as optional. Two queries whatever the
 * size of the portfolio (organizations with their manager; the month's
 * reports with acknowledgement and comment counts), served by
 * ClientOrganization(tenantId, lifecycleStatus, …) and SteeringReport(tenantId, period, status).
 */
export async function getReportOverview(tx: Tx, actor: Actor, period: string): Promise<ReportOverview> {
  const tenantId = staffTenant(actor);
  const [orgs, reports] = await Promise.all([
    tx.clientOrganization.findMany({
      where: { tenantId, OR: [{ lifecycleStatus: "ACTIVE" }, { reports: { some: { tenantId, period } } }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        lifecycleStatus: true,
        currentModel: true,
        accountManagerId: true,
        accountManager: { select: { user: { select: { name: true } } } },
      },
    }),
    tx.steeringReport.findMany({
      where: { tenantId, period },
      select: {
        id: true,
        organizationId: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        _count: { select: { acks: true, comments: true } },
      },
    }),
  ]);
  const byOrg = new Map(reports.map((r) => [r.organizationId, r]));
  const counts = Object.fromEntries(OVERVIEW_STATES.map((s) => [s, 0])) as Record<OverviewState, number>;
  const all = orgs.map((o): OverviewRow => {
    const r = byOrg.get(o.id);
    const report = r
      ? {
          id: r.id,
          status: r.status,
          updatedAt: r.updatedAt,
          publishedAt: r.publishedAt,
          acknowledgements: r._count.acks,
          comments: r._count.comments,
        }
      : null;
    const state = overviewState(report);
    return {
      organization: {
        id: o.id,
        name: o.name,
        lifecycleStatus: o.lifecycleStatus,
        currentModel: o.currentModel,
        managerId: o.accountManagerId,
        managerName: o.accountManager?.user.name ?? null,
      },
      report,
      state,
    };
  });
  const rows = all.filter((r) => r.report || expectsMonthlyReport(r.organization));
  for (const r of rows) counts[r.state] += 1;
  return { period, rows, counts, optional: all.filter((r) => !r.report && !expectsMonthlyReport(r.organization)) };
}
