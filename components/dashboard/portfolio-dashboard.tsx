"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DashboardFetchError, fetchDashboard } from "@/components/dashboard/fetch-dashboard";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Notice } from "@/components/ui/notice";
import { filtersToSearchParams, type DashboardFilters as Filters } from "@/lib/domain/dashboard/filters";
import type { DashboardData, ManagerOption } from "@/lib/domain/dashboard/types";
import type { PeriodPreset } from "@/lib/stats/period";

/**
 * The figures after a filter change: drawn here, from chunks (the cards; d3's scales and shapes
 * for the history chart) the browser loads only then. The first view comes drawn by the server
 * (`initialCards`), so the page's first script does not carry, run or hydrate the cards' code.
 */
const loadHistoryChart = () => import("@/components/dashboard/history-chart");
const loadCards = () => import("@/components/dashboard/dashboard-cards");
const LiveHistoryChart = dynamic(() => loadHistoryChart().then((m) => m.HistoryChart));
const LiveCards = dynamic(() => loadCards().then((m) => m.DashboardCards));

type Props = {
  initialData: DashboardData;
  /** The first view's figures (DashboardCards), drawn on the server from `initialData`. */
  initialCards: ReactNode;
  managers: ManagerOption[];
  currency: string;
  invalidLink: boolean;
  /** The period presets' labels (DashboardFilters). */
  presetLabels: Record<PeriodPreset, string>;
};

/**
 * The portfolio dashboard. The server renders the first view (initialData, so the first
 * paint has numbers); a filter change updates the URL in place (history.replaceState: the
 * view can be shared, nothing reloads, and the server page is not rendered again) and
 * refetches GET /api/dashboard through TanStack Query, keyed by the filters. The previous
 * numbers stay on screen, dimmed, until the new ones arrive.
 */
export function PortfolioDashboard({
  initialData,
  initialCards,
  managers,
  currency,
  invalidLink,
  presetLabels,
}: Props) {
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
    // The cards' and the chart's code arrive while the figures are fetched.
    void loadCards();
    void loadHistoryChart();
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
        presetLabels={presetLabels}
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
          {data === initialData ? (
            initialCards
          ) : (
            <LiveCards
              data={data}
              currency={currency}
              history={<LiveHistoryChart history={data.history} period={data.period} />}
            />
          )}
        </div>
      ) : null}
    </>
  );
}
