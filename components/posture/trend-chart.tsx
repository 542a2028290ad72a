"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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
  points: { label: string; functions: Record<CsfFunction, number | null> }[];
  names: Record<CsfFunction, string>;
};

/** Score per CSF function at each posture assessment, oldest first. The figures are in the table beside it. */
export default function TrendChart({ points, names }: TrendChartProps) {
  const data = points.map((p) => ({ label: p.label, ...p.functions }));
  return (
    <div className="h-64 w-full" data-testid="posture-trend-chart">
      <ResponsiveContainer width="100%" height="100%" minWidth={260} initialDimension={{ width: 640, height: 256 }}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 11, fill: "#475569" }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {CSF_FUNCTIONS.map((fn) => (
            <Line
              key={fn}
              type="monotone"
              dataKey={fn}
              name={names[fn]}
              stroke={FUNCTION_COLORS[fn]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
