"use client";

import dynamic from "next/dynamic";
import { ChartPlaceholder, WhenVisible } from "@/components/charts/when-visible";
import type { StoredCosts } from "@/lib/domain/assessments/stored-result";

const CostPlot = dynamic(() => import("@/components/assessments/result/cost-plot").then((m) => m.CostPlot), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

/** CostChart's drawing, fetched and drawn when it comes into view (components/charts/when-visible.tsx). */
export function DeferredCostPlot({ costs, currency }: { costs: StoredCosts; currency: string }) {
  return (
    <WhenVisible className="h-full w-full" placeholder={<ChartPlaceholder />}>
      <CostPlot costs={costs} currency={currency} />
    </WhenVisible>
  );
}
