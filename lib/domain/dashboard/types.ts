import type { DashboardFilters } from "@/lib/domain/dashboard/schemas";
import type { MonthlyCounts } from "@/lib/stats/monthly-counts";
import type { RecurringRevenue } from "@/lib/stats/revenue";
import type { ConversionTable, StayStat } from "@/lib/stats/transitions";
import type { Priority, ROADMAP_STATUSES } from "@/lib/reports/content";
import type { DecisionItemKind, Lifecycle, Model, PerModel } from "@/lib/vocabulary";

type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** Everything the portfolio dashboard shows, JSON-serialisable (the page's initial data and GET /api/dashboard). */
export type DashboardData = {
  /** Today, "YYYY-MM-DD" (UTC): the reference day of "now", the chart's last point and "due". */
  asOf: string;
  filters: DashboardFilters;
  period: { fromMonth: string; toMonth: string; start: string; end: string };
  now: {
    /** Active clients on each model now, with their headcount. */
    byModel: PerModel<{ clients: number; users: number }>;
    active: number;
    prospects: number;
    former: number;
  };
  revenue: RecurringRevenue;
  /** Clients on each model at the end of each of the last 24 months (as of today for the current one). */
  history: MonthlyCounts[];
  transitions: ConversionTable & { exposure: PerModel<number> };
  /** Days spent on each model before moving to another, over the moves of the period. */
  stays: PerModel<StayStat>;
  opportunities: { total: number; items: Opportunity[] };
  followUps: { total: number; items: FollowUp[] };
  reports: { period: string; expected: number; missing: number; items: { id: string; name: string }[] };
  /** What clients decided on their reports' items (lib/domain/dashboard/query-decisions.ts): current state, not the period's. */
  decisions: {
    approved: { total: number; items: ApprovedItem[] };
    declined: { total: number; items: DeclinedItem[] };
  };
};

/** A report item whose client decision is in force (the trail's stages: lib/decisions/trail.ts). */
type DecidedItem = {
  decisionId: string;
  organizationId: string;
  organizationName: string;
  itemKind: DecisionItemKind;
  itemId: string;
  /** As worded in the latest published report that lists it. */
  title: string;
  /** A recommendation's priority there; null for a roadmap item. */
  priority: Priority | null;
  /** The name the client approver typed to sign (their account's name). */
  signature: string;
  /** ISO instant. */
  decidedAt: string;
  /** The report (month) the decision was made on. */
  decidedOn: { reportId: string; period: string };
  /** Where the title, priority and status come from: the latest published report listing the item. */
  source: { reportId: string; period: string };
};

/** Approved by the client, not delivered yet, still in the organization's latest published report. */
export type ApprovedItem = DecidedItem & {
  stage: "approved" | "in_progress" | "blocked";
  /** A roadmap item's status in that report; null for a recommendation. */
  status: RoadmapStatus | null;
  targetQuarter: string | null;
};

/** Declined by the client (and not delivered anyway). */
export type DeclinedItem = DecidedItem & { note: string | null };

export type Opportunity = {
  id: string;
  name: string;
  lifecycleStatus: Lifecycle;
  currentModel: Model;
  recommendation: Model;
  /** Monthly cost of the current model minus the recommended one's, at finalization (positive: the client would save). */
  costGap: number | null;
  assessmentId: string;
  finalizedAt: string;
};

export type FollowUp = {
  callId: string;
  organizationId: string;
  organizationName: string;
  followUpDate: string;
  nextSteps: string;
};

export type ManagerOption = { userId: string; name: string; role: "OWNER" | "ACCOUNT_MANAGER"; removed: boolean };
