"use client";

import dynamic from "next/dynamic";
import type { TrendChartProps } from "@/components/posture/trend-chart";
import { Skeleton } from "@/components/ui/skeleton";

/** recharts is loaded in the browser only, after the report and its posture table are on screen. */
const Chart = dynamic(() => import("@/components/posture/trend-chart"), {
  ssr: false,
  loading: () => <Skeleton className="h-64 w-full" />,
});

export function TrendChartLazy({ label, ...props }: TrendChartProps & { label: string }) {
  return (
    <figure role="img" aria-label={label} className="w-full">
      <Chart {...props} />
    </figure>
  );
}
