import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { METRIC_KEYS, METRICS, type ReportContent } from "@/lib/reports/content";
import { budgetTotals, formatMoney, formatPeriod, formatPeriodShort, quarterParams } from "@/lib/reports/format";
import {
  backupSuccessPct,
  dayToDate,
  formatMetric,
  formatNumber,
  metricProvenance,
  ticketCategories,
  type Formatter,
} from "@/lib/reports/metrics";
import { CHARTED_TRENDS, TRENDS, type TrendPoint } from "@/lib/reports/trends";
import type { Translate } from "@/lib/i18n/translate";
import { tKey } from "@/lib/i18n/translate";
import type { ReportStatus } from "@/lib/vocabulary";
import type { PostureTrend } from "@/lib/posture/trend";
import { PosturePdfSection } from "@/lib/reports/pdf/posture-section";

export type PdfReport = {
  mspName: string;
  organizationName: string;
  period: string;
  status: ReportStatus;
  publishedAt: Date | null;
  content: ReportContent;
  trend: TrendPoint[];
  /** The security-posture trend (as published, or live for a draft); null when there is none. */
  posture?: PostureTrend | null;
  currency: string;
  /**
   * The MSP's brand (lib/domain/brand): its colour replaces Mainstay's indigo (it passed WCAG AA on
   * white when saved) and its logo heads the report. The name is `mspName` (the brand's display name).
   */
  brand?: PdfBrand | null;
  /** The client's decisions on the recommendations and roadmap items (lib/domain/decisions): the current one of each. */
  decisions?: PdfDecision[];
};

export type PdfDecision = {
  itemKind: "recommendation" | "roadmap";
  title: string;
  current: {
    decision: "APPROVED" | "DEFERRED" | "DECLINED";
    deferredTo: string | null;
    signature: string;
    decidedAt: Date;
    itemHash: string;
  } | null;
};

export type PdfBrand = { color: string | null; logo: { png: Buffer; width: number; height: number } | null };

const BRAND = "#4338ca";
/** The logo's height in the header band (points); its width follows, up to LOGO_MAX_WIDTH. */
const LOGO_HEIGHT = 32;
const LOGO_MAX_WIDTH = 160;
const INK = "#0f172a";
const MUTED = "#475569";
const LINE = "#e2e8f0";

const s = StyleSheet.create({
  // No lineHeight on the page: it pushes the fixed footer off the sheet (react-pdf 4.9).
  page: {
    paddingTop: 36,
    paddingBottom: 54,
    paddingHorizontal: 40,
    fontFamily: "Helvetica",
    fontSize: 9.5,
    color: INK,
  },
  band: {
    flexDirection: "row",
    justifyContent: "space-between",
    alignItems: "flex-end",
    borderBottomWidth: 2,
    borderBottomColor: BRAND,
    paddingBottom: 10,
    marginBottom: 14,
  },
  msp: { fontSize: 16, fontFamily: "Helvetica-Bold", color: BRAND },
  kicker: { fontSize: 9, color: MUTED, marginTop: 2 },
  org: { fontSize: 13, fontFamily: "Helvetica-Bold", textAlign: "right" },
  period: { fontSize: 10, color: MUTED, textAlign: "right" },
  draft: {
    marginBottom: 10,
    padding: 6,
    backgroundColor: "#fef2f2",
    color: "#991b1b",
    fontFamily: "Helvetica-Bold",
    textAlign: "center",
  },
  h2: { fontSize: 11.5, fontFamily: "Helvetica-Bold", color: BRAND, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 9.5, fontFamily: "Helvetica-Bold", marginBottom: 2 },
  muted: { color: MUTED },
  italic: { fontFamily: "Helvetica-Oblique", color: MUTED },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: LINE, paddingVertical: 3 },
  head: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: MUTED,
    paddingBottom: 3,
    fontFamily: "Helvetica-Bold",
    color: MUTED,
    fontSize: 8.5,
  },
  right: { textAlign: "right" },
  narrative: { flexDirection: "row", gap: 12 },
  narrativeCol: { flex: 1 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 40,
    right: 40,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
    borderTopWidth: 0.5,
    borderTopColor: LINE,
    paddingTop: 6,
  },
  chart: {
    flexDirection: "row",
    alignItems: "flex-end",
    height: 90,
    borderBottomWidth: 0.75,
    borderBottomColor: MUTED,
    gap: 4,
    marginBottom: 2,
  },
  bar: { backgroundColor: BRAND },
  barLabel: { fontSize: 7, textAlign: "center", color: MUTED },
});

const TREND_COLUMNS = CHARTED_TRENDS.map((key) => ({ key, kind: TRENDS[key].kind }));

/**
 * The steering report as a PDF (@react-pdf/renderer, built-in Helvetica: no
 * font download, no browser). Same content and same "no data" rule as the
 * page: a missing figure reads "No data", never 0.
 */
export function ReportDocument({ report, t, format }: { report: PdfReport; t: Translate; format: Formatter }) {
  const tt = (key: string, params?: Record<string, string | number>) => tKey(t, `reports.${key}`, params);
  const month = formatPeriod(format, report.period);
  const noData = tKey(t, "common.noData");
  const { content } = report;
  const accent = report.brand?.color ?? BRAND;
  const h2 = [s.h2, { color: accent }];
  const logo = report.brand?.logo ?? null;
  return (
    <Document
      title={tt("pdf.documentTitle", { organization: report.organizationName, month })}
      author={report.mspName}
      creator="Mainstay"
      producer="Mainstay"
    >
      <Page size="A4" style={s.page}>
        <View style={[s.band, { borderBottomColor: accent }]} fixed>
          <View style={{ flexDirection: "row", alignItems: "flex-end", gap: 10 }}>
            {logo ? (
              // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image (a PDF XObject), not an HTML <img>: it has no alt
              <Image
                src={{ data: logo.png, format: "png" }}
                style={{
                  height: LOGO_HEIGHT,
                  width: Math.min(LOGO_MAX_WIDTH, (LOGO_HEIGHT * logo.width) / logo.height),
                  objectFit: "contain",
                }}
              />
            ) : null}
            <View>
              <Text style={[s.msp, { color: accent }]}>{report.mspName}</Text>
              <Text style={s.kicker}>{tt("pdf.kicker")}</Text>
            </View>
          </View>
          <View>
            <Text style={s.org}>{report.organizationName}</Text>
            <Text style={s.period}>{month}</Text>
          </View>
        </View>
        {report.status !== "PUBLISHED" ? (
          <Text style={s.draft}>{tt("pdf.notPublished", { status: tt(`status.${report.status}`) })}</Text>
        ) : null}
        {report.publishedAt ? (
          <Text style={s.muted}>
            {tt("pdf.publishedOn", { date: format.dateTime(report.publishedAt, { dateStyle: "long" }) })}
          </Text>
        ) : null}

        <Text style={h2}>{tt("view.narrativeTitle")}</Text>
        <View style={s.narrative}>
          {(["highlights", "risks", "decisionsNeeded"] as const).map((key) => (
            <View key={key} style={s.narrativeCol}>
              <Text style={s.h3}>{tt(`narrative.${key}`)}</Text>
              {content.narrative[key] ? (
                <Text>{content.narrative[key]}</Text>
              ) : (
                <Text style={s.italic}>{tt("view.nothingReported")}</Text>
              )}
            </View>
          ))}
        </View>

        <Text style={h2}>{tt("view.metricsTitle")}</Text>
        <Table
          widths={[34, 18, 28, 20]}
          header={[tt("pdf.metric"), tt("pdf.value"), tt("pdf.source"), tt("pdf.asOf")]}
          alignRight={[false, true, false, false]}
          rows={METRIC_KEYS.map((key) => {
            const value = formatMetric(format, content.metrics, key);
            const { source, asOf } = metricProvenance(content.metrics, key);
            const shown = value === null ? noData : METRICS[key].kind === "hours" ? tt("view.hours", { value }) : value;
            return [
              tt(`metrics.${key}`),
              shown,
              source ?? "",
              asOf ? format.dateTime(dayToDate(asOf), { dateStyle: "medium" }) : "",
            ];
          })}
        />
        {backupSuccessPct(content.metrics) !== null ? (
          <Text style={[s.muted, { marginTop: 3 }]}>
            {tt("view.backupRate", {
              rate: format.number(backupSuccessPct(content.metrics)! / 100, {
                style: "percent",
                maximumFractionDigits: 1,
              }),
            })}
          </Text>
        ) : null}
        {ticketCategories(content.metrics) ? (
          <View wrap={false}>
            <Text style={[s.h3, { marginTop: 8 }]}>{tt("metrics.ticketsByCategory")}</Text>
            <Table
              widths={[70, 30]}
              header={[tt("pdf.category"), tt("pdf.tickets")]}
              alignRight={[false, true]}
              rows={ticketCategories(content.metrics)!.map((c) => [
                c.category,
                c.count === null ? noData : format.number(c.count),
              ])}
            />
          </View>
        ) : null}

        <View wrap={false}>
          <Text style={h2}>{tt("pdf.trendTitle", { count: report.trend.length })}</Text>
          <IncidentsChart
            accent={accent}
            points={report.trend}
            format={format}
            label={tt("trendSeries.incidentsOpened")}
            noData={noData}
          />
          <Table
            widths={[16, 12, 12, 10, 11, 13, 13, 13]}
            header={[tt("trend.month"), ...TREND_COLUMNS.map((c) => tt(`pdf.trendColumns.${c.key}`))]}
            alignRight={[false, true, true, true, true, true, true, true]}
            small
            rows={report.trend.map((p) => [
              formatPeriodShort(format, p.period),
              ...TREND_COLUMNS.map((c) => formatNumber(format, c.kind, p[c.key]) ?? noData),
            ])}
          />
        </View>

        {report.posture?.points.length ? (
          <PosturePdfSection trend={report.posture} t={t} format={format} accent={accent} />
        ) : null}

        <Text style={h2}>{tt("view.recommendationsTitle")}</Text>
        {content.recommendations.length === 0 ? (
          <Text style={s.italic}>{tt("view.noRecommendations")}</Text>
        ) : (
          content.recommendations.map((r, i) => (
            <View key={i} style={{ marginBottom: 4 }} wrap={false}>
              <Text>
                <Text style={{ fontFamily: "Helvetica-Bold" }}>{`${i + 1}. ${r.title}`}</Text>
                <Text style={s.muted}>{`  (${tt(`priority.${r.priority}`)})`}</Text>
              </Text>
              {r.detail ? <Text style={[s.muted, { marginLeft: 10 }]}>{r.detail}</Text> : null}
            </View>
          ))
        )}

        <Text style={h2}>{tt("view.roadmapTitle")}</Text>
        {content.roadmap.length === 0 ? (
          <Text style={s.italic}>{tt("view.noRoadmap")}</Text>
        ) : (
          <Table
            widths={[60, 20, 20]}
            header={[tt("roadmap.item"), tt("roadmap.status"), tt("roadmap.targetQuarter")]}
            rows={content.roadmap.map((r) => [
              r.title,
              tt(`roadmapStatus.${r.status}`),
              tt("quarter", quarterParams(r.targetQuarter)),
            ])}
          />
        )}

        {report.decisions?.length ? (
          <View wrap={false}>
            <Text style={h2}>{tKey(t, "decisions.title")}</Text>
            {report.decisions.map((d, i) => (
              <View key={i} style={{ marginBottom: 4 }} wrap={false}>
                <Text>
                  <Text style={{ fontFamily: "Helvetica-Bold" }}>{d.title}</Text>
                  <Text style={s.muted}>{`  (${tKey(t, `decisions.kind.${d.itemKind}`)})`}</Text>
                </Text>
                <Text style={[s.muted, { marginLeft: 10 }]}>
                  {d.current
                    ? tKey(t, "decisions.pdfRecord", {
                        decision: d.current.decision,
                        month: d.current.deferredTo ? formatPeriod(format, d.current.deferredTo) : "",
                        signature: d.current.signature,
                        date: format.dateTime(d.current.decidedAt, {
                          dateStyle: "medium",
                          timeStyle: "short",
                          timeZone: "UTC",
                        }),
                        hash: d.current.itemHash.slice(0, 12),
                      })
                    : tKey(t, "decisions.none")}
                </Text>
              </View>
            ))}
          </View>
        ) : null}

        <Text style={h2}>{tt("view.budgetTitle")}</Text>
        {content.budget.length === 0 ? (
          <Text style={s.italic}>{tt("view.noBudget")}</Text>
        ) : (
          <BudgetTable content={content} currency={report.currency} format={format} tt={tt} />
        )}

        <View style={s.footer} fixed>
          <Text>{tt("pdf.footer", { msp: report.mspName, organization: report.organizationName, month })}</Text>
          <Text render={({ pageNumber, totalPages }) => tt("pdf.page", { page: pageNumber, pages: totalPages })} />
        </View>
      </Page>
    </Document>
  );
}

function Table({
  widths,
  header,
  rows,
  alignRight = [],
  small,
}: {
  widths: number[];
  header: string[];
  rows: ReactNode[][];
  alignRight?: boolean[];
  small?: boolean;
}) {
  const cell = (i: number) => [
    { width: `${widths[i]}%`, paddingHorizontal: 3 },
    alignRight[i] ? s.right : {},
    small ? { fontSize: 8 } : {},
  ];
  return (
    <View>
      <View style={s.head} fixed={false}>
        {header.map((h, i) => (
          <Text key={i} style={cell(i)}>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={s.row} wrap={false}>
          {row.map((c, i) => (
            <Text key={i} style={cell(i)}>
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Incidents opened per month as bars; a month with no data gets a label, not a zero bar. */
function IncidentsChart({
  accent,
  points,
  format,
  label,
  noData,
}: {
  accent: string;
  points: TrendPoint[];
  format: Formatter;
  label: string;
  noData: string;
}) {
  const max = Math.max(1, ...points.map((p) => p.incidentsOpened ?? 0));
  return (
    <View style={{ marginBottom: 8 }}>
      <Text style={[s.muted, { fontSize: 8, marginBottom: 4 }]}>{label}</Text>
      <View style={s.chart}>
        {points.map((p) => (
          <View key={p.period} style={{ flex: 1, alignItems: "center", justifyContent: "flex-end" }}>
            <Text style={s.barLabel}>{p.incidentsOpened === null ? noData : format.number(p.incidentsOpened)}</Text>
            {p.incidentsOpened !== null ? (
              <View
                style={[
                  s.bar,
                  { width: "70%", height: Math.max(1, (p.incidentsOpened / max) * 70), backgroundColor: accent },
                ]}
              />
            ) : null}
          </View>
        ))}
      </View>
      <View style={{ flexDirection: "row", gap: 4 }}>
        {points.map((p) => (
          <Text key={p.period} style={[s.barLabel, { flex: 1 }]}>
            {formatPeriodShort(format, p.period)}
          </Text>
        ))}
      </View>
    </View>
  );
}

function BudgetTable({
  content,
  currency,
  format,
  tt,
}: {
  content: ReportContent;
  currency: string;
  format: Formatter;
  tt: (k: string, p?: Record<string, string | number>) => string;
}) {
  const totals = budgetTotals(content.budget);
  const lines = [
    ...content.budget.filter((l) => l.kind === "run"),
    ...content.budget.filter((l) => l.kind === "project"),
  ];
  return (
    <View>
      <Table
        widths={[40, 14, 18, 28]}
        header={[tt("budget.label"), tt("budget.kind"), tt("budget.amount"), tt("budget.note")]}
        alignRight={[false, false, true, false]}
        rows={lines.map((l) => [
          l.label,
          tt(`pdf.budgetKind.${l.kind}`),
          formatMoney(format, l.amount, currency),
          l.note ?? "",
        ])}
      />
      <View style={[s.row, { borderBottomWidth: 0 }]}>
        <Text style={{ width: "54%", fontFamily: "Helvetica-Bold" }}>{tt("budget.runTotal")}</Text>
        <Text style={[{ width: "18%" }, s.right]}>{formatMoney(format, totals.run, currency)}</Text>
      </View>
      <View style={[s.row, { borderBottomWidth: 0 }]}>
        <Text style={{ width: "54%", fontFamily: "Helvetica-Bold" }}>{tt("budget.projectTotal")}</Text>
        <Text style={[{ width: "18%" }, s.right]}>{formatMoney(format, totals.project, currency)}</Text>
      </View>
    </View>
  );
}
