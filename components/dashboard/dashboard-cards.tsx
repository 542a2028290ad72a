import type { ReactNode } from "react";
import { ApprovedPendingCard, DeclinedRisksCard } from "@/components/dashboard/decision-panels";
import { FollowUpsCard } from "@/components/dashboard/follow-ups-card";
import { MissingReportsCard } from "@/components/dashboard/missing-reports-card";
import { ModelCards } from "@/components/dashboard/model-cards";
import { OpportunitiesCard } from "@/components/dashboard/opportunities-card";
import { RevenueCard } from "@/components/dashboard/revenue-card";
import { StaysCard } from "@/components/dashboard/stays-card";
import { TransitionsCard } from "@/components/dashboard/transitions-card";
import type { DashboardData } from "@/lib/domain/dashboard/types";

/**
 * The dashboard's figures: model counts, history, revenue, transitions, stays, worklists and
 * the client decisions. No hooks but translations, so it renders in either place: the page
 * draws the first view on the server (the browser gets HTML and runs none of this code:
 * no formatting, no message parsing while the page becomes interactive), and the dashboard
 * draws it in the browser, from a chunk loaded then, after a filter change
 * (portfolio-dashboard.tsx).
 */
export function DashboardCards({
  data,
  currency,
  history,
}: {
  data: DashboardData;
  currency: string;
  /** The history chart, drawn where the rest is. */
  history: ReactNode;
}) {
  return (
    <>
      <ModelCards now={data.now} />
      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        {history}
        <RevenueCard revenue={data.revenue} currency={currency} />
      </div>
      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <TransitionsCard transitions={data.transitions} period={data.period} />
        <StaysCard stays={data.stays} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <OpportunitiesCard opportunities={data.opportunities} currency={currency} />
        <div className="space-y-6">
          <FollowUpsCard followUps={data.followUps} />
          <MissingReportsCard reports={data.reports} />
        </div>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <ApprovedPendingCard approved={data.decisions.approved} />
        <DeclinedRisksCard declined={data.decisions.declined} />
      </div>
    </>
  );
}
