import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { readInterventionImport } from "@/lib/domain/interventions/read-intervention-import";
import type { InterventionImportInput } from "@/lib/domain/interventions/schemas";
import { summarizeInterventionImport } from "@/lib/domain/interventions/summarize-intervention-import";
import { staffTenant } from "@/lib/domain/scope";

/**
 * The preview of an interventions import: how the file reads (settings suggested from its
 * headers and values when none are given), every row's problems, and how many of its rows the
 * log already holds (a re-import updates those where the file changed, adds nothing twice).
 * Writes nothing.
 */
export async function previewInterventionImport(
  tx: Tx,
  actor: Actor,
  input: InterventionImportInput,
  ctx: DomainContext,
) {
  const tenantId = staffTenant(actor);
  const reading = await readInterventionImport(tx, tenantId, input, ctx.now);
  const externalIds = reading.rows.flatMap((r) => (r.externalId === null ? [] : [r.externalId]));
  const importKeys = reading.rows.flatMap((r) => (r.importKey === null ? [] : [r.importKey]));
  const [found] =
    reading.rows.length === 0
      ? [{ known: 0 }]
      : await tx.$queryRaw<{ known: number }[]>`
          SELECT count(*)::int AS known FROM "Intervention"
          WHERE "tenantId" = ${tenantId} AND "organizationId" = ${reading.organization.id}
            AND (("sourceSystem" = ${input.sourceSystem} AND "externalId" = ANY(${externalIds}::text[]))
              OR "importKey" = ANY(${importKeys}::text[]))`;
  return { ...summarizeInterventionImport(reading), known: found?.known ?? 0 };
}
