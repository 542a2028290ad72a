import type { DashboardFilters } from "@/lib/domain/dashboard/schemas";
import type { MonthlyCounts } from "@/lib/stats/monthly-counts";
import type { RecurringRevenue } from "@/lib/stats/revenue";
import type { ConversionTable, StayStat } from "@/lib/stats/transitions";
import type { Lifecycle, Model, PerModel } from "@/lib/vocabulary";

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
};

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
