"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ScoresChartProps } from "@/components/posture/scores-chart";
import { Skeleton } from "@/components/ui/skeleton";

function Loading() {
  const t = useTranslations("posture.result");
  return (
    <div role="status" className="h-64 w-full">
      <span className="sr-only">{t("chartLoading")}</span>
      <Skeleton className="h-full w-full" />
    </div>
  );
}

/** The chart's code (recharts) is loaded only in the browser, after the page and its table are shown. */
const Chart = dynamic(() => import("@/components/posture/scores-chart"), { ssr: false, loading: Loading });

export function ScoresChartLazy(props: ScoresChartProps & { label: string }) {
  const { label, ...chart } = props;
  return (
    <figure role="img" aria-label={label} className="w-full">
      <Chart {...chart} />
    </figure>
  );
}
