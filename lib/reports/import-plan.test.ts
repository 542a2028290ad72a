import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/import/read-csv";
import { metricsShapeProblems, planMetricsImport, suggestMetricsSettings } from "@/lib/reports/import-plan";

const options = { period: "2026-03", today: "2026-06-30" };
const plan = async (csv: string) => {
  const table = await readCsv(csv);
  const settings = suggestMetricsSettings(table);
  return { settings, plan: planMetricsImport(table, settings, options) };
};

describe("metrics import: one row per metric", () => {
  it("reads a European monthly summary: French names, decimal commas, percentages, categories", async () => {
    const { settings, plan: p } = await plan(
      [
        "Mois;Indicateur;Catégorie;Valeur",
        "mars 2026;Tickets ouverts;;42",
        "mars 2026;Tickets fermés;;40",
        "mars 2026;Délai moyen de résolution;;4,5",
        "mars 2026;Conformité des correctifs;;97,5 %",
        "mars 2026;Tickets par catégorie;Réseau;12",
        "mars 2026;Tickets par catégorie;Messagerie;9",
        "mars 2026;Dernier test de restauration;;14/03/2026",
        "mars 2026;CSAT;;4,8",
        "février 2026;Tickets ouverts;;38",
      ].join("\n"),
    );
    expect(settings).toMatchObject({ dateOrder: "DMY", decimalComma: true });
    expect(settings.mapping).toMatchObject({ period: 0, metric: 1, category: 2, value: 3 });
    expect(p.shape).toBe("rows");
    expect(p.problems).toEqual([]);
    expect(p.metrics).toEqual({
      incidentsOpened: 42,
      incidentsResolved: 40,
      mttrHours: 4.5,
      patchCompliancePct: 97.5,
      lastRestoreTest: "2026-03-14",
      ticketsByCategory: [
        { category: "Réseau", count: 12 },
        { category: "Messagerie", count: 9 },
      ],
    });
    expect(p.asOf).toBe("2026-03-31");
    expect(p.otherMonthRows).toBe(1);
    expect(p.unknown).toEqual([{ row: 9, name: "CSAT" }]);
  });

  it("reports every bad figure by row and column, and a metric given twice", async () => {
    const { plan: p } = await plan(
      [
        "Month,Metric,Value,As of",
        "2026-03,Incidents opened,4.5,2026-03-31",
        "2026-03,Availability,120,2026-03-31",
        "2026-03,MTTR,soon,2026-03-31",
        "2026-03,Tickets opened,3,2026-07-01",
        "Q1,Backup jobs failed,1,",
      ].join("\n"),
    );
    expect(p.problems.map((x) => [x.row, x.column, x.key])).toEqual([
      [2, "Value", "reports.import.errors.count"],
      [3, "Value", "reports.import.errors.percent"],
      [4, "Value", "reports.import.errors.hours"],
      [5, "As of", "imports.errors.inFuture"],
      [5, "Value", "reports.import.errors.duplicateMetric"],
      [6, "Month", "reports.import.errors.invalidMonth"],
    ]);
  });
});

describe("metrics import: one row per month, a column per metric", () => {
  it("takes the report's month from a trend export, hours as h:mm", async () => {
    const { settings, plan: p } = await plan(
      [
        "Month,Tickets Opened,Tickets Closed,Avg Resolution Time,Uptime %,Successful Backups,Failed Backups",
        "2026-02,30,29,5:15,99.2,300,3",
        "2026-03,41,44,4:30,99.95,310,1",
      ].join("\n"),
    );
    expect(metricsShapeProblems(settings)).toEqual({});
    expect(p.shape).toBe("columns");
    expect(p.metrics).toEqual({
      incidentsOpened: 41,
      incidentsResolved: 44,
      mttrHours: 4.5,
      availabilityPct: 99.95,
      backupJobsSucceeded: 310,
      backupJobsFailed: 1,
    });
    expect(p.figures[0]).toEqual({ row: 3, metric: "incidentsOpened", category: null, value: 41 });
    expect(p.otherMonthRows).toBe(1);
  });

  it("says when no column holds a metric", async () => {
    const table = await readCsv("Month,Foo\n2026-03,1\n");
    expect(metricsShapeProblems(suggestMetricsSettings(table))).toEqual({
      "mapping.metric": "reports.import.errors.noMetricColumn",
    });
  });
});
