import { LineChart } from "@/components/charts/charts";
import { dashOf, type PointTitle } from "@/components/charts/frame";
import { CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";

/** One colour per CSF function, distinguishable and with enough contrast on white. */
export const FUNCTION_COLORS: Record<CsfFunction, string> = {
  GV: "#4338ca",
  ID: "#0369a1",
  PR: "#047857",
  DE: "#b45309",
  RS: "#b91c1c",
  RC: "#7c3aed",
};

export type TrendChartProps = {
  /** The one-sentence summary a screen reader reads for the drawing. */
  label: string;
  points: { label: string; functions: Record<CsfFunction, number | null> }[];
  names: Record<CsfFunction, string>;
  formatValue: (value: number) => string;
  pointTitle: PointTitle;
};

/**
 * Score per CSF function at each posture assessment, oldest first; a function not scored at an
 * assessment is a gap in its line. Drawn on the server as SVG (components/charts/), each
 * function with its colour and its own dash; the figures are in the table beside it.
 */
export function TrendChart({ label, points, names, formatValue, pointTitle }: TrendChartProps) {
  return (
    <figure className="w-full" data-testid="posture-trend-chart">
      <LineChart
        label={label}
        categories={points.map((p) => p.label)}
        series={CSF_FUNCTIONS.map((fn, i) => ({
          key: fn,
          label: names[fn],
          color: FUNCTION_COLORS[fn],
          values: points.map((p) => p.functions[fn]),
          dash: dashOf(i),
        }))}
        domain={[0, 100]}
        yTicks={[0, 25, 50, 75, 100]}
        formatValue={formatValue}
        pointTitle={pointTitle}
        markers
        width={560}
        height={256}
        margin={{ left: 36, right: 40 }}
        maxLabels={5}
        minWidth={420}
      />
    </figure>
  );
}
