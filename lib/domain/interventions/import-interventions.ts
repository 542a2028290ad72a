import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { readInterventionImport } from "@/lib/domain/interventions/read-intervention-import";
import type { InterventionImportInput } from "@/lib/domain/interventions/schemas";
import { summarizeInterventionImport } from "@/lib/domain/interventions/summarize-intervention-import";
import { writeImportedInterventions } from "@/lib/domain/interventions/write-imported-interventions";
import { staffTenant } from "@/lib/domain/scope";
import { fieldErrors, notFound } from "@/lib/errors";

/**
 * Imports a CSV file of interventions into one organization, atomically: while any row has a
 * problem nothing is written and the problems come back (the user fixes the file and uploads
 * it again: the file stays the one record of what was imported, and a half-imported file never
 * has to be reconciled by hand). Otherwise every row is added or updated in one transaction
 * (see writeImportedInterventions: the same file twice changes nothing) and one audit entry
 * records the counts.
 */
export async function importInterventions(tx: Tx, actor: Actor, input: InterventionImportInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  if (!input.settings) throw fieldErrors({ settings: "validation.required" });
  const reading = await readInterventionImport(tx, tenantId, input, ctx.now);
  if (Object.keys(reading.mappingErrors).length > 0) throw fieldErrors(reading.mappingErrors);
  if (reading.problems.length > 0)
    return { outcome: "rejected" as const, ...summarizeInterventionImport(reading), known: null };
  const tenant = await tx.tenant.findFirst({ where: { id: tenantId }, select: { hourlyRate: true } });
  if (!tenant) throw notFound();
  const { created, updated } = await writeImportedInterventions(
    tx,
    { tenantId, organizationId: reading.organization.id, sourceSystem: input.sourceSystem, userId: actor.userId },
    reading.rows,
    tenant.hourlyRate,
  );
  const counts = { rows: reading.rows.length, created, updated, unchanged: reading.rows.length - created - updated };
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "intervention.import",
    targetType: "ClientOrganization",
    targetId: reading.organization.id,
    metadata: { sourceSystem: input.sourceSystem, ...counts },
  });
  return { outcome: "imported" as const, ...counts };
}
