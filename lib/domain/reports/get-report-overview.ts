import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/reports/context";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export const OVERVIEW_STATES = ["missing", "draft", "published", "acknowledged", "withdrawn"] as const;
export type OverviewState = (typeof OVERVIEW_STATES)[number];

export type OverviewRow = {
  organization: { id: string; name: string; lifecycleStatus: "PROSPECT" | "ACTIVE" | "FORMER"; managerId: string | null; managerName: string | null };
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

export type ReportOverview = { period: string; rows: OverviewRow[]; counts: Record<OverviewState, number> };

export function overviewState(report: { status: ReportStatus; acknowledgements: number } | null): OverviewState {
  if (!report) return "missing";
  if (report.status === "DRAFT") return "draft";
  if (report.status === "WITHDRAWN") return "withdrawn";
  return report.acknowledgements > 0 ? "acknowledged" : "published";
}

/**
 * The MSP's month at a glance: every active organization (plus any other that
 * has a report that month) with the state of its report — missing, draft,
 * published, acknowledged by the client, withdrawn. Two queries whatever the
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
  const rows = orgs.map((o): OverviewRow => {
    const r = byOrg.get(o.id);
    const report = r
      ? { id: r.id, status: r.status, updatedAt: r.updatedAt, publishedAt: r.publishedAt, acknowledgements: r._count.acks, comments: r._count.comments }
      : null;
    const state = overviewState(report);
    counts[state] += 1;
    return {
      organization: {
        id: o.id,
        name: o.name,
        lifecycleStatus: o.lifecycleStatus,
        managerId: o.accountManagerId,
        managerName: o.accountManager?.user.name ?? null,
      },
      report,
      state,
    };
  });
  return { period, rows, counts };
}
