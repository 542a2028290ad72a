import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { SETTINGS_SELECT } from "@/lib/domain/settings/get-settings";
import { PRICING_FIELDS, type UpdateSettingsInput } from "@/lib/domain/settings/schemas";
import { conflict, notFound } from "@/lib/errors";
import { ownerTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/**
 * Saves the tenant's currency and price list (blank = NULL: the engine's documented default) (optimistic locking on
 * Tenant.version, shared with the platform admin's edits of the tenant). The
 * audit event lists each changed value, before and after.
 */
export async function updateSettings(tx: Tx, actor: Actor, input: UpdateSettingsInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  const current = await tx.tenant.findFirst({ where: { id: tenantId }, select: SETTINGS_SELECT });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict();
  const { expectedVersion, ...values } = input;
  const { count } = await tx.tenant.updateMany({
    where: { id: tenantId, version: expectedVersion },
    data: { ...values, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  const changes: Record<string, { from: string | number | null; to: string | number | null }> = {};
  for (const field of ["currency", ...PRICING_FIELDS] as const) {
    if (current[field] !== values[field]) changes[field] = { from: current[field], to: values[field] };
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "settings.update",
    targetType: "Tenant",
    targetId: tenantId,
    metadata: { changes },
  });
  return { version: expectedVersion + 1 };
}
