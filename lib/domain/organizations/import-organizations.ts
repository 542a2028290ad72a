import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { lockKey } from "@/lib/domain/lock-key";
import { readOrganizationImport } from "@/lib/domain/organizations/read-organization-import";
import type { OrganizationImportInput } from "@/lib/domain/organizations/schemas";
import { summarizeOrganizationImport } from "@/lib/domain/organizations/summarize-organization-import";
import { writeImportedOrganizations } from "@/lib/domain/organizations/write-imported-organizations";
import { staffTenant } from "@/lib/domain/scope";
import { fieldErrors } from "@/lib/errors";

/**
 * Imports a CSV file of organizations into the caller's tenant, atomically, as the interventions
 * import does: while any row has a problem nothing is written and the problems come back;
 * otherwise every row creates, updates or leaves its organization in one transaction, and one
 * audit entry records the counts. Imports of one tenant take turns (an advisory lock), so two
 * uploads of the same file cannot both create an organization. The same file twice changes
 * nothing (read-organization-import.ts finds every row again).
 */
export async function importOrganizations(tx: Tx, actor: Actor, input: OrganizationImportInput, ctx: DomainContext) {
  const tenantId = staffTenant(actor);
  if (!input.settings) throw fieldErrors({ settings: "validation.required" });
  await lockKey(tx, `org-import:${tenantId}`);
  const reading = await readOrganizationImport(tx, tenantId, input, ctx.now);
  if (Object.keys(reading.mappingErrors).length > 0) throw fieldErrors(reading.mappingErrors);
  if (reading.problems.length > 0) return { outcome: "rejected" as const, ...summarizeOrganizationImport(reading) };
  const { created, updated } = await writeImportedOrganizations(
    tx,
    { tenantId, userId: actor.userId, now: ctx.now },
    reading.operations,
  );
  const counts = {
    rows: reading.operations.length,
    created,
    updated,
    unchanged: reading.operations.length - created - updated,
  };
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "org.import",
    targetType: "Tenant",
    targetId: tenantId,
    metadata: { sourceSystem: input.sourceSystem, ...counts },
  });
  return { outcome: "imported" as const, ...counts };
}
