"use client";

import dynamic from "next/dynamic";
import { ChartPlaceholder, WhenVisible } from "@/components/charts/when-visible";
import type { TrendGroup } from "@/components/reports/trend-groups";
import type { TrendPoint } from "@/lib/reports/trends";

const TrendPlot = dynamic(() => import("@/components/reports/trend-plot").then((m) => m.TrendPlot), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

/** A trend chart's drawing, fetched and drawn when it comes into view (components/charts/when-visible.tsx). */
export function DeferredTrendPlot({ points, group }: { points: TrendPoint[]; group: TrendGroup }) {
  return (
    <WhenVisible className="h-full" placeholder={<ChartPlaceholder />}>
      <TrendPlot points={points} group={group} />
    </WhenVisible>
  );
}
