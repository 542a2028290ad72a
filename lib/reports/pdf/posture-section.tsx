import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Translate } from "@/lib/i18n/translate";
import { tKey } from "@/lib/i18n/translate";
import type { PostureTrend } from "@/lib/posture/trend";
import { CSF_FUNCTIONS } from "@/lib/posture/vocabulary";
import type { Formatter } from "@/lib/reports/metrics";

const BRAND = "#4338ca";
const MUTED = "#475569";
const LINE = "#e2e8f0";

const s = StyleSheet.create({
  h2: { fontSize: 11.5, fontFamily: "Helvetica-Bold", color: BRAND, marginTop: 14, marginBottom: 4 },
  note: { color: MUTED, fontSize: 8.5, marginBottom: 6 },
  head: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: MUTED,
    paddingBottom: 3,
    fontFamily: "Helvetica-Bold",
    color: MUTED,
    fontSize: 8.5,
  },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: LINE, paddingVertical: 3 },
  name: { width: "28%", paddingHorizontal: 3 },
  cell: { flex: 1, paddingHorizontal: 3, textAlign: "right" },
  barCell: { width: "22%", paddingHorizontal: 3, justifyContent: "center" },
  track: { height: 5, backgroundColor: LINE, borderRadius: 2 },
  bar: { height: 5, backgroundColor: BRAND, borderRadius: 2 },
});

/**
 * The security-posture trend in the steering report's PDF: one row per NIST CSF 2.0 function
 * (and overall), one column per posture assessment (oldest first), and a bar of the latest score.
 */
export function PosturePdfSection({
  trend,
  t,
  format,
  accent = BRAND,
}: {
  trend: PostureTrend;
  t: Translate;
  format: Formatter;
  /** The MSP's colour (its brand), else Mainstay's. */
  accent?: string;
}) {
  const tt = (key: string, params?: Record<string, string | number>) => tKey(t, `posture.${key}`, params);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium" });
  const score = (v: number | null) => (v === null ? tt("noScore") : format.number(v));
  const latest = trend.points[trend.points.length - 1];
  const row = (label: string, values: (number | null)[], bold = false) => (
    <View style={s.row} wrap={false}>
      <Text style={[s.name, bold ? { fontFamily: "Helvetica-Bold" } : {}]}>{label}</Text>
      {values.map((v, i) => (
        <Text key={i} style={[s.cell, bold ? { fontFamily: "Helvetica-Bold" } : {}]}>
          {score(v)}
        </Text>
      ))}
      <View style={s.barCell}>
        <View style={s.track}>
          <View style={[s.bar, { width: `${values[values.length - 1] ?? 0}%`, backgroundColor: accent }]} />
        </View>
      </View>
    </View>
  );
  return (
    <View wrap={false}>
      <Text style={[s.h2, { color: accent }]}>{tt("report.title")}</Text>
      <Text style={s.note}>{tt("report.description")}</Text>
      <View style={s.head}>
        <Text style={s.name}>{tt("report.assessedOn")}</Text>
        {trend.points.map((p) => (
          <Text key={p.assessmentId} style={s.cell}>
            {day(p.date)}
          </Text>
        ))}
        <Text style={s.barCell}>{latest ? day(latest.date) : ""}</Text>
      </View>
      {CSF_FUNCTIONS.map((fn) => (
        <View key={fn}>
          {row(
            tt(`functions.${fn}.name`),
            trend.points.map((p) => p.functions[fn]),
          )}
        </View>
      ))}
      {row(
        tt("report.overall"),
        trend.points.map((p) => p.overall),
        true,
      )}
      <View style={s.row} wrap={false}>
        <Text style={[s.name, { color: MUTED, fontSize: 8 }]}>{tt("report.asOf")}</Text>
        {trend.points.map((p) => (
          <Text key={p.assessmentId} style={[s.cell, { color: MUTED, fontSize: 8 }]}>
            {p.asOf ? day(p.asOf) : "—"}
          </Text>
        ))}
        <Text style={s.barCell} />
      </View>
    </View>
  );
}
