import { CATALOGS, LOCALES } from "@/lib/i18n/catalog";
import { importFieldNames, normalizeHeader, type ImportFields } from "@/lib/import/columns";
import { METRIC_KEYS, type MetricKey } from "@/lib/reports/content";

/**
 * What a month's metrics file may call each report metric (lib/reports/content.ts, METRICS): its
 * label in every catalog ("Incidents opened", "Incidents ouverts") and what PSA / RMM monthly
 * summaries write. Used twice: as the names in a "Metric" column (one row per metric) and as
 * column headers (one row per month, a column per metric).
 */
const SYNONYMS: Record<MetricKey, readonly string[]> = {
  incidentsOpened: [
    "tickets opened",
    "tickets created",
    "new tickets",
    "opened",
    "created",
    "total tickets",
    "tickets ouverts",
  ],
  incidentsResolved: [
    "tickets resolved",
    "tickets closed",
    "closed tickets",
    "resolved",
    "closed",
    "tickets fermes",
    "tickets resolus",
  ],
  majorIncidents: ["p1 incidents", "p1 tickets", "critical incidents", "priority 1 tickets", "major tickets"],
  mttrHours: [
    "mttr",
    "mttr hours",
    "mttr h",
    "mean time to resolve hours",
    "average resolution time",
    "avg resolution time",
    "avg resolution time h",
    "average time to resolve",
    "time to resolve",
    "resolution time",
    "temps moyen de resolution",
  ],
  availabilityPct: ["availability %", "uptime", "uptime %", "disponibilite %"],
  patchCompliancePct: [
    "patch compliance %",
    "patching",
    "patched %",
    "patch status %",
    "patch compliance rate",
    "conformite des correctifs %",
  ],
  backupJobsSucceeded: [
    "successful backups",
    "backups succeeded",
    "backup success",
    "backups successful",
    "sauvegardes reussies",
  ],
  backupJobsFailed: ["failed backups", "backups failed", "backup failures", "sauvegardes echouees"],
  lastRestoreTest: ["last restore test", "restore test", "last test restore", "dernier test de restauration"],
  ticketsByCategory: ["tickets per category", "tickets by type", "category", "categorie", "tickets par type"],
};

export const METRIC_NAMES: Record<MetricKey, string[]> = Object.fromEntries(
  METRIC_KEYS.map((key) => [
    key,
    [...LOCALES.map((l) => normalizeHeader(CATALOGS[l].reports.metrics[key])), ...SYNONYMS[key].map(normalizeHeader)],
  ]),
) as Record<MetricKey, string[]>;

const byName = new Map<string, MetricKey>();
for (const key of METRIC_KEYS) for (const name of METRIC_NAMES[key]) if (!byName.has(name)) byName.set(name, key);

/** The metric a "Metric" cell names (null: none the report has). */
export const readMetricName = (text: string): MetricKey | null => byName.get(normalizeHeader(text)) ?? null;

/** The metrics a file can give as columns of their own (categories need a row each). */
export const COLUMN_METRICS = METRIC_KEYS.filter(
  (k): k is Exclude<MetricKey, "ticketsByCategory"> => k !== "ticketsByCategory",
);
type ColumnMetric = (typeof COLUMN_METRICS)[number];

/**
 * The fields of a metrics file. Two shapes, both as PSA / RMM monthly summaries export them:
 * one row per metric ("Month; Metric; Value", plus "Category" for tickets by category), or one
 * row per month with a column per metric ("Month; Tickets opened; Tickets closed; MTTR (h); …").
 * The month is required of both: a file whose month is not the report's is refused.
 */
export const METRICS_IMPORT_FIELDS = {
  period: {
    required: true,
    headers: ["month", "period", "reporting period", "date", "mois", "periode"],
  },
  metric: { required: false, headers: ["metric", "metric name", "kpi", "indicator", "measure", "name", "indicateur"] },
  value: { required: false, headers: ["value", "count", "total", "amount", "result", "valeur", "nombre"] },
  category: {
    required: false,
    headers: [
      "category",
      "categorie",
      "ticket category",
      "category name",
      "type",
      "categorie de ticket",
      "sous categorie",
    ],
  },
  asOf: { required: false, headers: ["as of", "as of date", "snapshot date", "generated", "report date", "au"] },
  ...(Object.fromEntries(COLUMN_METRICS.map((k) => [k, { required: false, headers: METRIC_NAMES[k] }])) as Record<
    ColumnMetric,
    { required: false; headers: string[] }
  >),
} satisfies ImportFields;

export type MetricsImportField = keyof typeof METRICS_IMPORT_FIELDS;
export const METRICS_IMPORT_FIELD_NAMES = importFieldNames<MetricsImportField>(METRICS_IMPORT_FIELDS);
