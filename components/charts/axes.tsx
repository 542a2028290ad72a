import type { ScaleLinear } from "d3-scale";
import type { Geometry } from "@/components/charts/frame";
import { plotBox } from "@/components/charts/frame";

const AXIS = "#475569";
const GRID = "#e2e8f0";

/** Horizontal grid lines and the y axis labels at `ticks` (already chosen, formatted by `format`). */
export function YAxis({
  y,
  ticks,
  format,
  geometry,
}: {
  y: ScaleLinear<number, number>;
  ticks: readonly number[];
  format: (value: number) => string;
  geometry: Geometry;
}) {
  const box = plotBox(geometry);
  return (
    <g data-axis="y" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={box.left} x2={box.right} y1={y(tick)} y2={y(tick)} stroke={GRID} strokeDasharray="3 3" />
          <text x={box.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fill={AXIS}>
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The x axis line and the labels of the categories at `ticks` (indices), centred under `x(index)`. */
export function XAxis({
  x,
  labels,
  ticks,
  geometry,
  title,
}: {
  x: (index: number) => number;
  labels: readonly string[];
  ticks: readonly number[];
  geometry: Geometry;
  /** What the axis counts (e.g. "Month"), at its right end. */
  title?: string;
}) {
  const box = plotBox(geometry);
  return (
    <g data-axis="x" aria-hidden="true">
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} stroke="#94a3b8" />
      {ticks.map((i) => (
        <text key={i} x={x(i)} y={box.bottom + 16} textAnchor="middle" fill={AXIS} data-tick={i}>
          {labels[i]}
        </text>
      ))}
      {title ? (
        <text x={box.right} y={box.bottom + 32} textAnchor="end" fill={AXIS}>
          {title}
        </text>
      ) : null}
    </g>
  );
}
