import { BarChart } from "@/components/charts/charts";
import type { PointTitle } from "@/components/charts/frame";
import { CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";

export type ScoresChartProps = {
  /** The one-sentence summary a screen reader reads for the drawing. */
  label: string;
  after: Record<CsfFunction, number | null>;
  before: Record<CsfFunction, number | null> | null;
  labels: { after: string; before: string };
  /** The functions' translated names (the x axis). */
  names: Record<CsfFunction, string>;
  formatValue: (value: number) => string;
  pointTitle: PointTitle;
};

/**
 * Score per NIST CSF 2.0 function (0–100), with the earlier assessment beside it when there is
 * one. Drawn on the server as SVG (components/charts/); the same figures are in the table under it.
 */
export function ScoresChart({ label, after, before, labels, names, formatValue, pointTitle }: ScoresChartProps) {
  return (
    <figure className="w-full" data-testid="posture-chart">
      <BarChart
        label={label}
        categories={CSF_FUNCTIONS.map((fn) => names[fn])}
        series={[
          ...(before
            ? [{ key: "before", label: labels.before, color: "#94a3b8", values: CSF_FUNCTIONS.map((fn) => before[fn]) }]
            : []),
          { key: "after", label: labels.after, color: "#4338ca", values: CSF_FUNCTIONS.map((fn) => after[fn]) },
        ]}
        domain={[0, 100]}
        yTicks={[0, 25, 50, 75, 100]}
        formatValue={formatValue}
        pointTitle={pointTitle}
        maxLabels={CSF_FUNCTIONS.length}
        width={720}
        height={256}
        margin={{ left: 36 }}
        minWidth={560}
      />
    </figure>
  );
}
