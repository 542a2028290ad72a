import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { EDITABLE_STATUSES } from "@/lib/domain/reports/save-report";
import type { MetricsImportInput } from "@/lib/domain/reports/schemas";
import { staffTenant } from "@/lib/domain/scope";
import { fieldErrors, notFound, refuse } from "@/lib/errors";
import { readImportTable, readWithSettings, summarizeImport } from "@/lib/import/reading";
import { METRICS_IMPORT_FIELDS } from "@/lib/reports/import-columns";
import {
  metricsShapeProblems,
  planMetricsImport,
  suggestMetricsSettings,
  type MetricsPlan,
} from "@/lib/reports/import-plan";
import { periodStart } from "@/lib/reports/period";
import { isoDayOf } from "@/lib/validation/dates";

/** A month as an ICU date argument (the middle of the month, so no time zone moves it). */
const monthArgument = (period: string) => periodStart(period).getTime() + 14 * 86_400_000;

/**
 * Reads a CSV file of a month's metrics for a draft (or withdrawn) report of the caller's tenant
 * (404 for any other; a published report is withdrawn first) and says what it proposes: the
 * figures of the report's month by metric, their as-of date, every problem by row and column,
 * and the rows it leaves aside (other months, metrics the report does not have). A file with
 * nothing for the report's month is refused next to the file, naming the month it is for.
 * Writes nothing: the editor fills its fields and the author saves the draft (or not).
 */
export async function previewMetricsImport(tx: Tx, actor: Actor, input: MetricsImportInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const report = await tx.steeringReport.findFirst({
    where: { tenantId, id: input.reportId },
    select: { period: true, status: true },
  });
  if (!report) throw notFound();
  if (!(EDITABLE_STATUSES as readonly string[]).includes(report.status))
    throw refuse("CONFLICT", "reports.import.errors.published");
  const table = await readImportTable(input.csv);
  const today = isoDayOf(ctx.now ?? new Date());
  let plan = null as MetricsPlan | null;
  const reading = readWithSettings({
    fields: METRICS_IMPORT_FIELDS,
    table,
    given: input.settings,
    suggest: suggestMetricsSettings,
    check: metricsShapeProblems,
    plan: (settings) => {
      plan = planMetricsImport(table, settings, { period: report.period, today });
      return { rows: plan.figures, problems: plan.problems };
    },
  });
  const summary = { ...summarizeImport(reading, () => null), period: report.period };
  const read = plan as MetricsPlan | null;
  if (read === null) return { ...summary, proposal: null };
  if (read.figures.length === 0 && read.problems.length === 0) {
    const other = read.months.filter((m) => m !== report.period);
    throw fieldErrors({
      csv:
        other.length === 1
          ? [
              "reports.import.errors.otherMonth",
              { file: monthArgument(other[0]!), report: monthArgument(report.period) },
            ]
          : other.length > 1
            ? ["reports.import.errors.otherMonths", { count: other.length, report: monthArgument(report.period) }]
            : "reports.import.errors.noMetrics",
    });
  }
  return {
    ...summary,
    proposal: {
      shape: read.shape,
      metrics: read.metrics,
      figures: read.figures,
      asOf: read.asOf,
      otherMonthRows: read.otherMonthRows,
      unknown: read.unknown.slice(0, 50),
    },
  };
}
export type MetricsImportPreview = Awaited<ReturnType<typeof previewMetricsImport>>;
