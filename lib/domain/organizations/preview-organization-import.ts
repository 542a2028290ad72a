import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { readOrganizationImport } from "@/lib/domain/organizations/read-organization-import";
import type { OrganizationImportInput } from "@/lib/domain/organizations/schemas";
import { summarizeOrganizationImport } from "@/lib/domain/organizations/summarize-organization-import";
import { staffTenant } from "@/lib/domain/scope";

/**
 * The preview of an organizations import: how the file reads (settings suggested from its
 * headers and values when none are given), every row's problems, and how many organizations it
 * would create, update or leave as they are. Writes nothing.
 */
export async function previewOrganizationImport(
  tx: Tx,
  actor: Actor,
  input: OrganizationImportInput,
  ctx: DomainContext,
) {
  const tenantId = staffTenant(actor);
  return summarizeOrganizationImport(await readOrganizationImport(tx, tenantId, input, ctx.now));
}
