import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGS, LOCALES } from "@/lib/i18n/catalog";
import { METRIC_KEYS, METRICS, metricsSchema, NUMERIC_METRIC_KEYS } from "@/lib/reports/content";
import { CHARTED_TRENDS, TREND_KEYS } from "@/lib/reports/trends";
import {
  AMOUNT_SOURCES,
  AUDIT_OUTCOMES,
  DETECTIONS,
  INTERVENTION_KINDS,
  LIFECYCLES,
  MODELS,
  REPORT_STATUSES,
  ROLES,
} from "@/lib/vocabulary";

/** The enum's values as prisma/schema.prisma lists them: the one declaration the lists derive from. */
function schemaEnum(name: string): string[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "";
  return body
    .split("\n")
    .map((l) => l.replace(/\/\/.*$/, "").trim())
    .filter((l) => /^[A-Z_]+$/.test(l));
}

const lookup = (tree: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe("one source per list", () => {
  it("the vocabulary's lists are the schema's enums, in the schema's order", () => {
    expect(MODELS).toEqual(schemaEnum("ServiceModel"));
    expect(LIFECYCLES).toEqual(schemaEnum("LifecycleStatus"));
    expect(REPORT_STATUSES).toEqual(schemaEnum("ReportStatus"));
    expect(ROLES).toEqual(schemaEnum("Role"));
    expect(AUDIT_OUTCOMES).toEqual(schemaEnum("AuditOutcome"));
    expect(INTERVENTION_KINDS).toEqual(schemaEnum("InterventionKind"));
    expect(DETECTIONS).toEqual(schemaEnum("InterventionDetection"));
    expect(AMOUNT_SOURCES).toEqual(schemaEnum("InterventionAmountSource"));
  });

  it("the stored metrics schema has exactly the keys of the metric table", () => {
    expect(Object.keys(metricsSchema.shape)).toEqual(METRIC_KEYS);
    expect(NUMERIC_METRIC_KEYS.every((k) => ["count", "hours", "percent"].includes(METRICS[k].kind))).toBe(true);
  });

  it("every metric, trend and vocabulary value has its words in every catalog", () => {
    const missing: string[] = [];
    const need = (locale: string, key: string) => {
      if (typeof lookup(CATALOGS[locale as keyof typeof CATALOGS], key) !== "string") missing.push(`${locale}: ${key}`);
    };
    for (const locale of LOCALES) {
      for (const k of METRIC_KEYS) need(locale, `reports.metrics.${k}`);
      for (const k of TREND_KEYS) need(locale, `reports.trendSeries.${k}`);
      for (const k of CHARTED_TRENDS) need(locale, `reports.pdf.trendColumns.${k}`);
      for (const m of MODELS) need(locale, `common.serviceModel.${m}`);
      for (const o of AUDIT_OUTCOMES) need(locale, `audit.outcome.${o}`);
      for (const k of INTERVENTION_KINDS) need(locale, `interventions.kinds.${k}`);
      for (const d of DETECTIONS) need(locale, `interventions.detections.${d}`);
    }
    expect(missing).toEqual([]);
  });
});
