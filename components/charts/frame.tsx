import type { ReactNode } from "react";
import { ScrollFrame } from "@/components/ui/scroll-frame";
import { cn } from "@/components/ui/cn";

/**
 * The server-drawn chart kit (no "use client", no hooks): every chart is an <svg> computed from
 * the data on the server (or in the client component that renders it, as the what-if does), with
 * d3-scale and d3-shape for the geometry. Nothing runs in the browser to draw it.
 *
 * Phones: the drawing scales with its box (a viewBox) down to `minWidth` (85 % of the viewBox,
 * so 12-unit text stays ≥ 10 px); a narrower screen scrolls it sideways in the frame the wide
 * tables use (ScrollFrame). Print: the minimum width is lifted (globals.css) and the drawing fits
 * the page. Screen readers: the <svg> is one image (role="img") named by `label`, a one-sentence
 * summary; the figures are in the data table the caller puts beside it.
 */

/** One series: its stable key (data-series), its translated name, its colour and its values. */
export type Series = {
  key: string;
  label: string;
  color: string;
  values: readonly (number | null)[];
  /** Stroke pattern (lines, area edges): series are told apart by more than colour. */
  dash?: string;
  strokeWidth?: number;
};

/** Stroke patterns by series position: solid, dashed, dotted, dash-dot, short and long dashes. */
export const DASHES = ["", "7 4", "2 3", "10 3 2 3", "4 2", "14 4"] as const;

export function dashOf(index: number): string {
  return DASHES[index % DASHES.length]!;
}

export type Margin = { top: number; right: number; bottom: number; left: number };

export type Geometry = { width: number; height: number; margin: Margin };

/** The plot area inside the margins, in viewBox units. */
export function plotBox({ width, height, margin }: Geometry) {
  return {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

/** The hover text of one data point (a native SVG tooltip), already translated by the caller. */
export type PointTitle = (point: { series: string; category: string; value: string }) => string;

export function ChartFrame({
  label,
  geometry,
  legend,
  testId,
  kind,
  children,
  className,
  minWidth,
}: {
  /** Narrowest drawing in CSS pixels before the frame scrolls; default 85 % of the viewBox width. */
  minWidth?: number;
  label: string;
  geometry: Geometry;
  legend: ReactNode;
  testId?: string;
  kind: "line" | "bar" | "area";
  children: ReactNode;
  className?: string;
}) {
  const { width, height } = geometry;
  return (
    <div className={cn("w-full", className)}>
      <ScrollFrame>
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${width} ${height}`}
          data-chart={kind}
          data-testid={testId}
          className="block h-auto w-full"
          style={{ minWidth: `${minWidth ?? Math.round(width * 0.85)}px` }}
          fontSize={12}
          fontFamily="inherit"
        >
          {children}
        </svg>
      </ScrollFrame>
      {legend}
    </div>
  );
}

/** The legend, as text under the drawing (it wraps on a phone instead of shrinking). */
export function Legend({ series, kind }: { series: readonly Series[]; kind: "line" | "bar" | "area" }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700" data-chart-legend>
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5" data-legend={s.key}>
          <svg aria-hidden="true" width={24} height={12} viewBox="0 0 24 12" className="shrink-0">
            {kind === "line" ? (
              <>
                <line
                  x1={1}
                  x2={23}
                  y1={6}
                  y2={6}
                  stroke={s.color}
                  strokeWidth={s.strokeWidth ?? 2}
                  strokeDasharray={s.dash || undefined}
                />
              </>
            ) : (
              <rect
                x={4}
                y={1}
                width={16}
                height={10}
                fill={s.color}
                fillOpacity={kind === "area" ? 0.55 : 1}
                stroke={s.color}
                strokeDasharray={s.dash || undefined}
              />
            )}
          </svg>
          <span>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
