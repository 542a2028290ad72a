import type { Tx } from "@/lib/db/context";
import type { InterventionImportInput } from "@/lib/domain/interventions/schemas";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";
import { fieldErrors, notFound } from "@/lib/errors";
import { CsvUnreadable, readCsv, type CsvTable } from "@/lib/import/read-csv";
import {
  mappingProblems,
  planInterventionImport,
  suggestSettings,
  type ImportProblem,
  type ImportSettings,
  type PlannedIntervention,
} from "@/lib/interventions/import-plan";

export type InterventionImportReading = {
  organization: { id: string; name: string };
  table: CsvTable;
  settings: ImportSettings;
  /** Mapping field errors ("mapping.<field>" → catalog key); rows are not read while any. */
  mappingErrors: Record<string, string>;
  rows: PlannedIntervention[];
  problems: ImportProblem[];
};

/**
 * Reads an interventions file for one organization of the tenant (404 for any other): the CSV
 * through csv-parse, the settings given or suggested, every row checked, and an external id
 * that another organization of the tenant already holds from the same source refused (a row
 * never moves between organizations). Writes nothing.
 */
export async function readInterventionImport(
  tx: Tx,
  tenantId: string,
  input: InterventionImportInput,
  now: Date = new Date(),
): Promise<InterventionImportReading> {
  const organization = await tx.clientOrganization.findFirst({
    where: { tenantId, id: input.organizationId },
    select: { id: true, name: true },
  });
  if (!organization) throw notFound();
  let table: CsvTable;
  try {
    table = await readCsv(input.csv);
  } catch (error) {
    if (error instanceof CsvUnreadable) throw fieldErrors({ csv: "interventions.import.errors.unreadable" });
    throw error;
  }
  if (table.headers.length < 2 || table.rows.length === 0)
    throw fieldErrors({ csv: "interventions.import.errors.empty" });
  const settings = input.settings ?? suggestSettings(table);
  const mappingErrors = mappingProblems(settings.mapping, table.headers);
  if (Object.keys(mappingErrors).length > 0)
    return { organization, table, settings, mappingErrors, rows: [], problems: [] };
  const plan = planInterventionImport(table, settings, { today: isoDay(todayUtc(now)), organization });
  const externalIds = plan.rows.flatMap((r) => (r.externalId === null ? [] : [r.externalId]));
  if (externalIds.length === 0) return { organization, table, settings, mappingErrors, ...plan };
  const elsewhere = await tx.$queryRaw<{ externalId: string }[]>`
    SELECT "externalId" FROM "Intervention"
    WHERE "tenantId" = ${tenantId} AND "sourceSystem" = ${input.sourceSystem}
      AND "externalId" = ANY(${externalIds}::text[]) AND "organizationId" <> ${organization.id}`;
  if (elsewhere.length === 0) return { organization, table, settings, mappingErrors, ...plan };
  const taken = new Set(elsewhere.map((r) => r.externalId));
  const column = settings.mapping.externalId === null ? null : (table.headers[settings.mapping.externalId] ?? null);
  const problems = [...plan.problems];
  for (const r of plan.rows)
    if (r.externalId !== null && taken.has(r.externalId))
      problems.push({
        row: r.row,
        column,
        field: "externalId",
        key: "interventions.import.errors.otherOrganizationId",
      });
  problems.sort((a, b) => a.row - b.row);
  return {
    organization,
    table,
    settings,
    mappingErrors,
    rows: plan.rows.filter((r) => r.externalId === null || !taken.has(r.externalId)),
    problems,
  };
}
