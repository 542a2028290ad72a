import { getFormatter, getTranslations } from "next-intl/server";
import { TrendChart } from "@/components/posture/trend-chart";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/catalog";
import type { PostureTrend } from "@/lib/posture/trend";
import { CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";

/**
 * The security-posture trend of a steering report: a table (functions × assessments, with the
 * date of the facts behind each) and, beside it, the same figures as a chart loaded in the
 * browser. Staff and clients read the same section; a draft's trend is live, a published one fixed.
 */
export async function PostureTrendSection({
  trend,
  live,
  locale,
}: {
  trend: PostureTrend;
  live: boolean;
  locale: Locale;
}) {
  const [t, tc, format] = await Promise.all([
    getTranslations({ locale, namespace: "posture" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
  ]);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium" });
  const score = (v: number | null) => (v === null ? t("noScore") : format.number(v));
  const names = Object.fromEntries(CSF_FUNCTIONS.map((fn) => [fn, t(`functions.${fn}.name`)])) as Record<
    CsfFunction,
    string
  >;
  return (
    <Card>
      <CardHeader title={t("report.title")} description={t("report.description")} />
      <CardBody className="space-y-4">
        {live ? <p className="text-xs text-slate-600">{t("report.live")}</p> : null}
        <div className="grid gap-6 lg:grid-cols-2">
          <Table data-testid="posture-trend">
            <thead>
              <tr>
                <Th>{t("report.assessedOn")}</Th>
                {trend.points.map((p) => (
                  <Th key={p.assessmentId} className="text-right">
                    {day(p.date)}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CSF_FUNCTIONS.map((fn) => (
                <Tr key={fn}>
                  <Th scope="row" className="normal-case tracking-normal text-sm text-slate-900">
                    {names[fn]}
                  </Th>
                  {trend.points.map((p) => (
                    <Td key={p.assessmentId} className="text-right tabular-nums">
                      {score(p.functions[fn])}
                    </Td>
                  ))}
                </Tr>
              ))}
              <Tr>
                <Th scope="row" className="normal-case tracking-normal text-sm text-slate-900">
                  {t("report.overall")}
                </Th>
                {trend.points.map((p) => (
                  <Td key={p.assessmentId} className="text-right font-semibold tabular-nums">
                    {score(p.overall)}
                  </Td>
                ))}
              </Tr>
              <Tr>
                <Th scope="row" className="normal-case tracking-normal text-xs text-slate-600">
                  {t("report.asOf")}
                </Th>
                {trend.points.map((p) => (
                  <Td key={p.assessmentId} className="text-right text-xs text-slate-600">
                    {p.asOf ? day(p.asOf) : "—"}
                  </Td>
                ))}
              </Tr>
            </tbody>
          </Table>
          <TrendChart
            label={t("report.chartLabel")}
            names={names}
            points={trend.points.map((p) => ({ label: day(p.date), functions: p.functions }))}
            formatValue={(v) => format.number(v)}
            pointTitle={(p) => tc("chartPoint", p)}
          />
        </div>
      </CardBody>
    </Card>
  );
}
