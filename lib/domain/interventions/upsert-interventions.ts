import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { writeImportedInterventions } from "@/lib/domain/interventions/write-imported-interventions";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";
import { staffTenant } from "@/lib/domain/scope";
import { fieldErrors, notFound, type FieldErrorSpec } from "@/lib/errors";
import type { ImportedIntervention } from "@/lib/interventions/import-row";

/** At most this many interventions per call (one transaction). */
export const UPSERT_MAX_ITEMS = 1_000;

export type UpsertInterventionsInput = {
  organizationId: string;
  sourceSystem: string;
  items: Omit<ImportedIntervention, "organizationId">[];
};

/**
 * Adds or updates an organization's interventions by (source system, external id), in one
 * transaction, through the CSV import's writer (writeImportedInterventions): a known external
 * id is updated only where something differs, so sending the same items twice changes nothing.
 * Refused as a whole, with a problem per item, when an item is dated in the future, repeats an
 * external id of the same call, or carries an external id another organization of the tenant
 * already holds from that source (an intervention never moves between organizations).
 */
export async function upsertInterventions(tx: Tx, actor: Actor, input: UpsertInterventionsInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  const organization = await tx.clientOrganization.findFirst({
    where: { tenantId, id: input.organizationId },
    select: { id: true },
  });
  if (!organization) throw notFound();
  const today = isoDay(todayUtc(ctx.now));
  const problems: Record<string, FieldErrorSpec> = {};
  const seen = new Map<string, number>();
  input.items.forEach((item, i) => {
    if (item.occurredOn > today) problems[`items.${i}.occurredOn`] = "validation.dateInFuture";
    if (item.externalId === null) problems[`items.${i}.externalId`] = "validation.required";
    else if (seen.has(item.externalId)) problems[`items.${i}.externalId`] = "interventions.api.duplicateExternalId";
    else seen.set(item.externalId, i);
  });
  const externalIds = [...seen.keys()];
  if (externalIds.length > 0) {
    const elsewhere = await tx.$queryRaw<{ externalId: string }[]>`
      SELECT "externalId" FROM "Intervention"
      WHERE "tenantId" = ${tenantId} AND "sourceSystem" = ${input.sourceSystem}
        AND "externalId" = ANY(${externalIds}::text[]) AND "organizationId" <> ${organization.id}`;
    for (const { externalId } of elsewhere)
      problems[`items.${seen.get(externalId)}.externalId`] = "interventions.import.errors.otherOrganizationId";
  }
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);
  const tenant = await tx.tenant.findFirst({ where: { id: tenantId }, select: { hourlyRate: true } });
  if (!tenant) throw notFound();
  const { created, updated } = await writeImportedInterventions(
    tx,
    { tenantId, organizationId: organization.id, sourceSystem: input.sourceSystem, userId: actor.userId },
    input.items.map((item, i) => ({ ...item, organizationId: organization.id, row: i, importKey: null })),
    tenant.hourlyRate,
  );
  const counts = { received: input.items.length, created, updated, unchanged: input.items.length - created - updated };
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "intervention.upsert",
    targetType: "ClientOrganization",
    targetId: organization.id,
    metadata: { sourceSystem: input.sourceSystem, ...counts },
  });
  return counts;
}
