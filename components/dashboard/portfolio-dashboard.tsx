"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { ApprovedPendingCard, DeclinedRisksCard } from "@/components/dashboard/decision-panels";
import { DashboardFetchError, fetchDashboard } from "@/components/dashboard/fetch-dashboard";
import { FollowUpsCard } from "@/components/dashboard/follow-ups-card";
import { MissingReportsCard } from "@/components/dashboard/missing-reports-card";
import { ModelCards } from "@/components/dashboard/model-cards";
import { OpportunitiesCard } from "@/components/dashboard/opportunities-card";
import { RevenueCard } from "@/components/dashboard/revenue-card";
import { StaysCard } from "@/components/dashboard/stays-card";
import { TransitionsCard } from "@/components/dashboard/transitions-card";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Notice } from "@/components/ui/notice";
import { filtersToSearchParams, type DashboardFilters as Filters } from "@/lib/domain/dashboard/filters";
import type { DashboardData, ManagerOption } from "@/lib/domain/dashboard/types";

/**
 * The history chart after a filter change: drawn here, from a chunk (d3's scales and shapes) the
 * browser loads only then. The first view's chart comes drawn by the server (`initialHistory`).
 */
const loadHistoryChart = () => import("@/components/dashboard/history-chart");
const LiveHistoryChart = dynamic(() => loadHistoryChart().then((m) => m.HistoryChart));

type Props = {
  initialData: DashboardData;
  /** The first view's history chart, drawn on the server from `initialData`. */
  initialHistory: ReactNode;
  managers: ManagerOption[];
  currency: string;
  invalidLink: boolean;
};

/**
 * The portfolio dashboard. The server renders the first view (initialData, so the first
 * paint has numbers); a filter change updates the URL in place (history.replaceState: the
 * view can be shared, nothing reloads, and the server page is not rendered again) and
 * refetches GET /api/dashboard through TanStack Query, keyed by the filters. The previous
 * numbers stay on screen, dimmed, until the new ones arrive.
 */
export function PortfolioDashboard({ initialData, initialHistory, managers, currency, invalidLink }: Props) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  const [filters, setFilters] = useState<Filters>(initialData.filters);
  const [initialQuery] = useState(() => filtersToSearchParams(initialData.filters).toString());
  const query = filtersToSearchParams(filters).toString();

  const result = useQuery({
    queryKey: ["dashboard", query],
    queryFn: ({ signal }) => fetchDashboard(query, signal),
    initialData: query === initialQuery ? initialData : undefined,
    placeholderData: keepPreviousData,
  });

  const change = (next: Filters) => {
    void loadHistoryChart(); // the chart's code arrives while the figures are fetched
    setFilters(next);
    const search = filtersToSearchParams(next).toString();
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
  };

  const data = result.data;
  const refreshing = result.isFetching && (result.isPlaceholderData || !data);
  return (
    <>
      {invalidLink ? (
        <Notice tone="warning" className="mb-4">
          {t("invalidLink")}
        </Notice>
      ) : null}
      <DashboardFilters
        filters={filters}
        shownRange={
          data
            ? { fromMonth: data.period.fromMonth, toMonth: data.period.toMonth }
            : { fromMonth: initialData.period.fromMonth, toMonth: initialData.period.toMonth }
        }
        managers={managers}
        today={initialData.asOf}
        pending={refreshing}
        onChange={change}
      />
      {result.isError && !result.isFetching ? (
        <Notice tone="error" className="mb-4" testId="dashboard-error">
          <p>{t("loadError")}</p>
          {/* Only what our API wrote for the user (a catalog sentence); never a browser's or a library's text. */}
          {result.error instanceof DashboardFetchError && result.error.fromServer ? (
            <p className="mt-1 text-xs">{result.error.message}</p>
          ) : null}
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => void result.refetch()}>
            {tc("retry")}
          </Button>
        </Notice>
      ) : null}
      {data ? (
        <div
          data-testid="dashboard"
          data-query={result.isPlaceholderData ? "pending" : query}
          aria-busy={refreshing}
          className={cn("transition-opacity", refreshing && "opacity-60")}
        >
          <ModelCards now={data.now} />
          <div className="mb-6 grid gap-6 lg:grid-cols-3">
            {data === initialData ? initialHistory : <LiveHistoryChart history={data.history} period={data.period} />}
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
        </div>
      ) : null}
    </>
  );
}
