import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { area, curveLinear, curveMonotoneX, line, stack } from "d3-shape";
import { XAxis, YAxis } from "@/components/charts/axes";
import {
  ChartFrame,
  Legend,
  plotBox,
  type Geometry,
  type Margin,
  type PointTitle,
  type Series,
} from "@/components/charts/frame";
import { categoryTicks, valueDomain, valueTicks } from "@/lib/charts/scale";

/**
 * Line, grouped-bar and stacked-area charts drawn on the server as SVG (see frame.tsx). Every
 * caller passes translated text: the category labels (short, on the axis, and long, in the hover
 * text), the series names, the value and tick formatters, and the one-sentence summary `label`.
 */
type CommonProps = {
  /** The summary a screen reader reads for the whole drawing. */
  label: string;
  /** Short category labels for the x axis (months, functions…). */
  categories: readonly string[];
  /** Long category labels for the hover text; defaults to `categories`. */
  categoryTitles?: readonly string[];
  series: readonly Series[];
  /** A value as the hover text shows it. */
  formatValue: (value: number) => string;
  /** A y tick label; defaults to `formatValue`. */
  formatTick?: (value: number) => string;
  pointTitle: PointTitle;
  /** The y domain; by default from zero to the largest value (nulls ignored), made round. */
  domain?: readonly [number, number];
  /** Fixed y ticks (e.g. 0, 25, 50, 75, 100); by default round ticks of the domain. */
  yTicks?: readonly number[];
  /** Only whole-number ticks (counts of things). */
  integers?: boolean;
  /** viewBox size; the drawing scales with its box. */
  width?: number;
  height?: number;
  /** Narrowest drawing in CSS pixels before it scrolls sideways (frame.tsx). */
  minWidth?: number;
  margin?: Partial<Margin>;
  /** Most category labels on the x axis; by default one per 48 units of width. */
  maxLabels?: number;
  /** The number the first category stands for (1 for "month 1"): labels fall on round steps. */
  labelStart?: number;
  xTitle?: string;
  testId?: string;
  className?: string;
};

function geometryOf(props: CommonProps, defaults: { width: number; height: number }): Geometry {
  const xTitle = props.xTitle ? 16 : 0;
  return {
    width: props.width ?? defaults.width,
    height: props.height ?? defaults.height,
    margin: { top: 12, right: 16, bottom: 24 + xTitle, left: 40, ...props.margin },
  };
}

function yScale(props: CommonProps, geometry: Geometry, values: (number | null)[]) {
  const box = plotBox(geometry);
  const nice = props.yTicks
    ? {
        domain: [props.domain?.[0] ?? 0, props.domain?.[1] ?? Math.max(...props.yTicks)] as [number, number],
        ticks: props.yTicks,
      }
    : valueTicks(props.domain ? [props.domain[0], props.domain[1]] : valueDomain(values), { integers: props.integers });
  const y = scaleLinear().domain(nice.domain).range([box.bottom, box.top]);
  return { y, ticks: nice.ticks };
}

function labelTicks(props: CommonProps, geometry: Geometry) {
  const box = plotBox(geometry);
  const max = props.maxLabels ?? Math.max(2, Math.floor((box.right - box.left) / 48));
  return categoryTicks(props.categories.length, max, props.labelStart ?? 0);
}

function titleOf(props: CommonProps, series: Series, index: number, value: number) {
  return props.pointTitle({
    series: series.label,
    category: (props.categoryTitles ?? props.categories)[index] ?? "",
    value: props.formatValue(value),
  });
}

/**
 * The hover text of the whole chart: one transparent column per category over the plot, whose
 * title gives every series' value at that category, one line each (a category where no series
 * has a value has none). One title per category rather than one per point: hovering a month
 * compares the series, and a 36-month chart of three series draws 72 elements, not 216.
 */
function HoverColumns({
  props,
  box,
  center,
  step,
  valueAt,
}: {
  props: CommonProps;
  box: ReturnType<typeof plotBox>;
  center: (i: number) => number;
  step: number;
  valueAt: (series: Series, i: number) => number | null;
}) {
  return (
    <g data-hover="columns">
      {props.categories.map((_, i) => {
        const lines = props.series.flatMap((s) => {
          const v = valueAt(s, i);
          return v === null ? [] : [titleOf(props, s, i, v)];
        });
        if (lines.length === 0) return null;
        const x1 = Math.max(box.left, center(i) - step / 2);
        const x2 = Math.min(box.right, center(i) + step / 2);
        return (
          <rect
            key={i}
            x={x1}
            y={box.top}
            width={Math.max(x2 - x1, 1)}
            height={box.bottom - box.top}
            fill="transparent"
            data-point={i}
          >
            <title>{lines.join("\n")}</title>
          </rect>
        );
      })}
    </g>
  );
}

/** A vertical marker at category `at` (e.g. the break-even month), with its label. */
export type ReferenceLine = { at: number; label: string };
/** A shaded span of categories `from`..`to` (e.g. the selected period), with its label. */
export type ReferenceBand = { from: number; to: number; label: string };

/**
 * Lines over categories; a null is a gap (the line breaks, nothing is drawn as zero). `markers`
 * draws a dot on each point; the hover text is per category (HoverColumns).
 */
export function LineChart(
  props: CommonProps & { markers?: boolean; curve?: "monotone" | "linear"; reference?: ReferenceLine | null },
) {
  const geometry = geometryOf(props, { width: 640, height: 288 });
  const box = plotBox(geometry);
  const { y, ticks } = yScale(
    props,
    geometry,
    props.series.flatMap((s) => [...s.values]),
  );
  const indices = props.categories.map((_, i) => i);
  const px = scalePoint<number>()
    .domain(indices)
    .range([box.left, box.right])
    .padding(props.categories.length > 1 ? 0 : 0.5);
  const x = (i: number) => px(i) ?? box.left;
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i))
    .y((v) => y(v ?? 0))
    .curve(props.curve === "linear" ? curveLinear : curveMonotoneX);
  return (
    <ChartFrame
      label={props.label}
      geometry={geometry}
      kind="line"
      testId={props.testId}
      className={props.className}
      minWidth={props.minWidth}
      legend={<Legend series={props.series} kind="line" />}
    >
      <YAxis y={y} ticks={ticks} format={props.formatTick ?? props.formatValue} geometry={geometry} />
      <XAxis
        x={x}
        labels={props.categories}
        ticks={labelTicks(props, geometry)}
        geometry={geometry}
        title={props.xTitle}
      />
      {props.series.map((s) => (
        <g key={s.key} data-series={s.key}>
          <path
            d={path([...s.values]) ?? ""}
            fill="none"
            stroke={s.color}
            strokeWidth={s.strokeWidth ?? 2}
            strokeDasharray={s.dash || undefined}
            strokeLinejoin="round"
            data-line={s.key}
          />
          {props.markers
            ? s.values.map((v, i) =>
                v === null ? null : (
                  <circle
                    key={i}
                    cx={x(i)}
                    cy={y(v)}
                    r={3}
                    fill="#fff"
                    stroke={s.color}
                    strokeWidth={2}
                    data-marker={i}
                  />
                ),
              )
            : null}
        </g>
      ))}
      <HoverColumns
        props={props}
        box={box}
        center={x}
        step={px.step() || box.right - box.left}
        valueAt={(s, i) => s.values[i] ?? null}
      />
      {props.reference ? (
        <g data-reference="line">
          <line
            x1={x(props.reference.at)}
            x2={x(props.reference.at)}
            y1={box.top}
            y2={box.bottom}
            stroke="#334155"
            strokeDasharray="4 4"
          />
          <text
            x={x(props.reference.at) + (x(props.reference.at) > (box.left + box.right) / 2 ? -4 : 4)}
            y={box.top + 12}
            textAnchor={x(props.reference.at) > (box.left + box.right) / 2 ? "end" : "start"}
            fill="#334155"
          >
            {props.reference.label}
          </text>
        </g>
      ) : null}
    </ChartFrame>
  );
}

/** Bars side by side per category, one per series; a null draws no bar (no data ≠ zero). */
export function BarChart(props: CommonProps) {
  const geometry = geometryOf(props, { width: 640, height: 256 });
  const box = plotBox(geometry);
  const { y, ticks } = yScale(
    props,
    geometry,
    props.series.flatMap((s) => [...s.values]),
  );
  const indices = props.categories.map((_, i) => i);
  const outer = scaleBand<number>().domain(indices).range([box.left, box.right]).paddingInner(0.2).paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(props.series.map((s) => s.key))
    .range([0, outer.bandwidth()])
    .padding(0.08);
  const x = (i: number) => (outer(i) ?? box.left) + outer.bandwidth() / 2;
  const zero = y(Math.max(y.domain()[0]!, 0));
  return (
    <ChartFrame
      label={props.label}
      geometry={geometry}
      kind="bar"
      testId={props.testId}
      className={props.className}
      minWidth={props.minWidth}
      legend={<Legend series={props.series} kind="bar" />}
    >
      <YAxis y={y} ticks={ticks} format={props.formatTick ?? props.formatValue} geometry={geometry} />
      <XAxis
        x={x}
        labels={props.categories}
        ticks={labelTicks(props, geometry)}
        geometry={geometry}
        title={props.xTitle}
      />
      {props.series.map((s) => (
        <g key={s.key} data-series={s.key} fill={s.color}>
          {s.values.map((v, i) =>
            v === null ? null : (
              <rect
                key={i}
                x={(outer(i) ?? box.left) + (inner(s.key) ?? 0)}
                y={Math.min(y(v), zero)}
                width={inner.bandwidth()}
                height={Math.max(Math.abs(zero - y(v)), v === 0 ? 0 : 1)}
                data-bar={i}
              />
            ),
          )}
        </g>
      ))}
      <HoverColumns props={props} box={box} center={x} step={outer.step()} valueAt={(s, i) => s.values[i] ?? null} />
    </ChartFrame>
  );
}

/**
 * Areas stacked in series order (each category's total on top), with an optional shaded band
 * over a span of categories. Nulls count as zero here: a stack shows parts of a whole.
 */
export function StackedAreaChart(props: CommonProps & { band?: ReferenceBand | null }) {
  const geometry = geometryOf(props, { width: 720, height: 300 });
  const box = plotBox(geometry);
  const indices = props.categories.map((_, i) => i);
  const keys = props.series.map((s) => s.key);
  const rows = indices.map((i) => Object.fromEntries(props.series.map((s) => [s.key, s.values[i] ?? 0])));
  const layers = stack<Record<string, number>>().keys(keys)(rows);
  const totals = rows.map((row) => keys.reduce((sum, k) => sum + (row[k] ?? 0), 0));
  const { y, ticks } = yScale(props, geometry, totals);
  const px = scalePoint<number>()
    .domain(indices)
    .range([box.left, box.right])
    .padding(props.categories.length > 1 ? 0 : 0.5);
  const x = (i: number) => px(i) ?? box.left;
  const step = px.step();
  const shape = area<[number, number]>()
    .x((_, i) => x(i))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]))
    .curve(curveLinear);
  const edge = line<[number, number]>()
    .x((_, i) => x(i))
    .y((d) => y(d[1]))
    .curve(curveLinear);
  const band = props.band
    ? {
        x1: Math.max(box.left, x(props.band.from) - step / 2),
        x2: Math.min(box.right, x(props.band.to) + step / 2),
      }
    : null;
  return (
    <ChartFrame
      label={props.label}
      geometry={geometry}
      kind="area"
      testId={props.testId}
      className={props.className}
      minWidth={props.minWidth}
      legend={<Legend series={props.series} kind="area" />}
    >
      <YAxis y={y} ticks={ticks} format={props.formatTick ?? props.formatValue} geometry={geometry} />
      <XAxis
        x={x}
        labels={props.categories}
        ticks={labelTicks(props, geometry)}
        geometry={geometry}
        title={props.xTitle}
      />
      {band && props.band ? (
        <g data-reference="band">
          <rect
            x={band.x1}
            y={box.top}
            width={Math.max(band.x2 - band.x1, 2)}
            height={box.bottom - box.top}
            fill="#64748b"
            fillOpacity={0.08}
            stroke="#94a3b8"
            strokeDasharray="4 4"
          />
          <text x={band.x1 + 4} y={box.top + 12} fill="#475569" fontSize={11}>
            {props.band.label}
          </text>
        </g>
      ) : null}
      {layers.map((layer, n) => {
        const s = props.series[n]!;
        const points = layer.map((d) => [d[0], d[1]] as [number, number]);
        return (
          <g key={s.key} data-series={s.key}>
            <path d={shape(points) ?? ""} fill={s.color} fillOpacity={0.55} stroke="none" data-area={s.key} />
            <path
              d={edge(points) ?? ""}
              fill="none"
              stroke={s.color}
              strokeWidth={1.5}
              strokeDasharray={s.dash || undefined}
            />
          </g>
        );
      })}
      <HoverColumns
        props={props}
        box={box}
        center={x}
        step={step || box.right - box.left}
        valueAt={(s, i) => s.values[i] ?? 0}
      />
    </ChartFrame>
  );
}
