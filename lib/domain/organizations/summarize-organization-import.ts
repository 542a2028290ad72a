import type { OrganizationImportReading } from "@/lib/domain/organizations/read-organization-import";
import { summarizeImport } from "@/lib/import/reading";

/**
 * What the preview (and a refused import) shows (lib/import/reading.ts): with a sample of the
 * organizations and how many rows create, update or leave an organization as it is.
 */
export function summarizeOrganizationImport(reading: OrganizationImportReading) {
  const operationOf = new Map(reading.operations.map((o) => [o.row, o.kind]));
  const count = (kind: string) => reading.operations.filter((o) => o.kind === kind).length;
  return {
    ...summarizeImport(reading, (r) => ({
      row: r.row,
      name: r.name,
      externalId: r.externalId,
      currentModel: r.currentModel,
      lifecycleStatus: r.lifecycleStatus,
      headcount: r.headcount,
      operation: operationOf.get(r.row) ?? "unchanged",
    })),
    toCreate: count("create"),
    toUpdate: count("update"),
    unchanged: count("unchanged"),
  };
}
export type OrganizationImportSummary = ReturnType<typeof summarizeOrganizationImport>;
