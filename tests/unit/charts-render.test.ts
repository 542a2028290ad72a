import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LineChart, StackedAreaChart } from "@/components/charts/charts";
import { TrendChartsView, type TrendText } from "@/components/reports/trend-charts";
import { createFormatter, createTranslator } from "use-intl/core";
import { TRENDS, type TrendKey } from "@/lib/reports/trends";
import { CATALOGS, type Locale } from "@/lib/i18n/catalog";
import type { TrendPoint } from "@/lib/reports/trends";

/**
 * The charts are drawn where they render (components/charts/): the HTML the server sends already
 * holds each chart's SVG, one group per series, gaps as breaks in the line, translated labels.
 */
function render(node: ReactNode, locale: Locale = "en"): string {
  const provider = { locale, messages: CATALOGS[locale], timeZone: "UTC" as const };
  // The provider's props type requires `children`; createElement's third argument gives it.
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, provider as typeof provider & { children: ReactNode }, node),
  );
}

/** The elements `<tag … attr="…">` of the markup, with their attributes. */
function elements(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

const point = (period: string, values: Partial<TrendPoint>): TrendPoint => ({
  period,
  incidentsOpened: null,
  incidentsResolved: null,
  majorIncidents: null,
  mttrHours: null,
  availabilityPct: null,
  patchCompliancePct: null,
  backupSuccessPct: null,
  tickets: null,
  ...values,
});

/** The trend charts' text as TrendCharts builds it on the server, in `locale`. */
function textIn(locale: Locale): { text: TrendText; format: ReturnType<typeof createFormatter> } {
  const messages = CATALOGS[locale];
  const t = createTranslator({ locale, messages, namespace: "reports.trend" });
  const tm = createTranslator({ locale, messages, namespace: "reports.trendSeries" });
  const tc = createTranslator({ locale, messages, namespace: "common" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  const series = Object.fromEntries(Object.keys(TRENDS).map((k) => [k, tm(k as TrendKey)])) as Record<TrendKey, string>;
  return {
    format,
    text: {
      title: t("title"),
      description: undefined,
      chart: (id) => t(`chart.${id}`),
      chartLabel: (group) =>
        t("chartLabel", {
          chart: t(`chart.${group.id}`),
          kind: group.kind === "bar" ? "bar" : "line",
          series: format.list(group.keys.map((k) => series[k])),
          count: 3,
          from: "août 2026",
          to: "octobre 2026",
        }),
      noDataChart: t("noDataChart"),
      showTable: t("showTable"),
      month: t("month"),
      series,
      noData: tc("noData"),
      pointTitle: (p) => tc("chartPoint", p),
    },
  };
}

describe("server-drawn charts", () => {
  it("draws one path per series and breaks a line at a month without data", () => {
    const html = render(
      createElement(LineChart, {
        label: "Two series",
        categories: ["Jan", "Feb", "Mar", "Apr"],
        series: [
          { key: "a", label: "A", color: "#4338ca", values: [1, 2, null, 4] },
          { key: "b", label: "B", color: "#047857", values: [3, 3, 3, 3], dash: "7 4" },
        ],
        formatValue: (v: number) => String(v),
        pointTitle: ({ series, category, value }) => `${series} ${category} ${value}`,
      }),
    );
    const svg = elements(html, "svg").find((s) => s["data-chart"] === "line")!;
    expect(svg.role).toBe("img");
    expect(svg["aria-label"]).toBe("Two series");
    expect(svg.viewBox).toBe("0 0 640 288");
    const lines = elements(html, "path").filter((p) => p["data-line"]);
    expect(lines.map((p) => p["data-line"])).toEqual(["a", "b"]);
    // The gap: series a is two pieces (two "M" moves), series b one; b is dashed.
    expect(lines[0]!.d!.match(/M/g)).toHaveLength(2);
    expect(lines[1]!.d!.match(/M/g)).toHaveLength(1);
    expect(lines[1]!["stroke-dasharray"]).toBe("7 4");
    // One hover column per month, its title every series' value there, one line each: March
    // gives B only (A's gap is no value, not zero). No dot per point without markers.
    expect(elements(html, "rect").filter((r) => r["data-point"])).toHaveLength(4);
    expect(elements(html, "circle")).toHaveLength(0);
    expect(html).toContain("<title>A Apr 4\nB Apr 3</title>");
    expect(html).toContain("<title>B Mar 3</title>");
    expect(html).not.toContain("A Mar");
    // A legend entry per series.
    expect(elements(html, "li").map((li) => li["data-legend"])).toEqual(["a", "b"]);
  });

  it("stacks areas and shades the reference band", () => {
    const html = render(
      createElement(StackedAreaChart, {
        label: "Clients",
        categories: ["Jan", "Feb", "Mar"],
        series: [
          { key: "BREAK_FIX", label: "Break-fix", color: "#b45309", values: [2, 1, 0] },
          { key: "MANAGED", label: "Managed", color: "#047857", values: [1, 2, 4] },
        ],
        formatValue: (v: number) => String(v),
        pointTitle: ({ series, category, value }) => `${series} ${category} ${value}`,
        band: { from: 1, to: 2, label: "Selected period" },
      }),
    );
    expect(elements(html, "path").filter((p) => p["data-area"])).toHaveLength(2);
    expect(html).toContain('data-reference="band"');
    expect(html).toContain("Selected period");
    // The top of the stack in March is 0 + 4: the hover text gives each series' own value.
    expect(html).toContain("<title>Break-fix Mar 0\nManaged Mar 4</title>");
    expect(elements(html, "rect").filter((r) => r["data-point"])).toHaveLength(3);
  });

  it("renders the report's trend charts from server data, in French, with the gap kept", () => {
    const points = [
      point("2026-08", {
        incidentsOpened: 4,
        incidentsResolved: 3,
        majorIncidents: 0,
        mttrHours: 5,
        availabilityPct: 99.5,
      }),
      point("2026-09", { incidentsOpened: 6, incidentsResolved: 6, majorIncidents: 1, mttrHours: null }),
      point("2026-10", {
        incidentsOpened: 2,
        incidentsResolved: 2,
        majorIncidents: 0,
        mttrHours: 3,
        availabilityPct: 99.9,
      }),
    ];
    const html = render(createElement(TrendChartsView, { points, ...textIn("fr") }), "fr");
    const charts = elements(html, "svg").filter((s) => s["data-chart"]);
    expect(charts.map((s) => s["data-testid"])).toEqual([
      "trend-plot-incidents",
      "trend-plot-mttr",
      "trend-plot-levels",
    ]);
    expect(charts[0]!["aria-label"]).toContain("Incidents");
    expect(charts[0]!["aria-label"]).toContain("histogramme");
    // Incidents: 3 series × 3 months of bars.
    expect(elements(html, "rect").filter((r) => r["data-bar"])).toHaveLength(9);
    // MTTR: one line, broken at September (no data is not zero).
    const mttr = elements(html, "path").find((p) => p["data-line"] === "mttrHours")!;
    expect(mttr.d!.match(/M/g)).toHaveLength(2);
    // French labels and number formats in the hover text and the axis.
    expect(html).toMatch(/<title>Ouverts, septembre 2026\u00a0: 6\n/);
    // One hover title per month and chart (3 months: incidents 3, MTTR 2 with September's gap, levels 2).
    expect(elements(html, "rect").filter((r) => r["data-point"])).toHaveLength(3 + 2 + 2);
  });
});
