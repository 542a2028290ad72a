import { trendsOf, type TrendChart, type TrendKey } from "@/lib/reports/trends";

/** One trend chart: how it draws its series (which series: TRENDS in lib/reports/trends.ts). */
export type TrendGroup = { id: TrendChart; kind: "bar" | "line" | "percent"; keys: readonly TrendKey[] };

/**
 * The three trend charts. Server-side (trend-charts.tsx) passes each group to its drawing;
 * the drawing (trend-plot.tsx, a client chunk) imports only the type, so the trends' table
 * and its zod schemas stay out of the browser.
 */
export const TREND_GROUPS: readonly TrendGroup[] = (
  [
    { id: "incidents", kind: "bar" },
    { id: "mttr", kind: "line" },
    { id: "levels", kind: "percent" },
  ] as const satisfies readonly { id: TrendChart; kind: TrendGroup["kind"] }[]
).map((g) => ({ ...g, keys: trendsOf(g.id) }));
