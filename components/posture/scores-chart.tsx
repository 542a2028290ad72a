"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";

export type ScoresChartProps = {
  after: Record<CsfFunction, number | null>;
  before: Record<CsfFunction, number | null> | null;
  labels: { after: string; before: string };
};

/**
 * Score per NIST CSF 2.0 function (0–100), with the earlier assessment beside it when there is
 * one. Drawn in the browser only; the same figures are in the table under it.
 */
export default function ScoresChart({ after, before, labels }: ScoresChartProps) {
  const t = useTranslations("posture");
  const data = CSF_FUNCTIONS.map((fn) => ({
    fn: t(`functions.${fn}.name`),
    after: after[fn],
    ...(before ? { before: before[fn] } : {}),
  }));
  return (
    <div className="h-64 w-full" data-testid="posture-chart">
      <ResponsiveContainer width="100%" height="100%" minWidth={260} initialDimension={{ width: 640, height: 256 }}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="fn" tick={{ fontSize: 12, fill: "#475569" }} interval={0} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12, fill: "#475569" }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {before ? <Bar dataKey="before" name={labels.before} fill="#94a3b8" isAnimationActive={false} /> : null}
          <Bar dataKey="after" name={labels.after} fill="#4338ca" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
