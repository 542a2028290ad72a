import type { Tx } from "@/lib/db/context";
import type { InterventionImportInput } from "@/lib/domain/interventions/schemas";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";
import { notFound } from "@/lib/errors";
import { readImportTable, readWithSettings, type ImportReading } from "@/lib/import/reading";
import { INTERVENTION_IMPORT_FIELDS, type InterventionImportField } from "@/lib/interventions/import-columns";
import { planInterventionImport, suggestSettings, type PlannedIntervention } from "@/lib/interventions/import-plan";
import { columnOf } from "@/lib/import/plan";

export type InterventionImportReading = ImportReading<InterventionImportField, PlannedIntervention> & {
  organization: { id: string; name: string };
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
  const table = await readImportTable(input.csv);
  const reading = readWithSettings({
    fields: INTERVENTION_IMPORT_FIELDS,
    table,
    given: input.settings,
    suggest: suggestSettings,
    plan: (settings) => planInterventionImport(table, settings, { today: isoDay(todayUtc(now)), organization }),
  });
  const externalIds = reading.rows.flatMap((r) => (r.externalId === null ? [] : [r.externalId]));
  if (externalIds.length === 0) return { organization, ...reading };
  const elsewhere = await tx.$queryRaw<{ externalId: string }[]>`
    SELECT "externalId" FROM "Intervention"
    WHERE "tenantId" = ${tenantId} AND "sourceSystem" = ${input.sourceSystem}
      AND "externalId" = ANY(${externalIds}::text[]) AND "organizationId" <> ${organization.id}`;
  if (elsewhere.length === 0) return { organization, ...reading };
  const taken = new Set(elsewhere.map((r) => r.externalId));
  const column = columnOf(table, reading.settings.mapping, "externalId");
  const problems = [...reading.problems];
  for (const r of reading.rows)
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
    ...reading,
    rows: reading.rows.filter((r) => r.externalId === null || !taken.has(r.externalId)),
    problems,
  };
}
