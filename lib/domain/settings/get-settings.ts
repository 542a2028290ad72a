import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { PRICING_SELECT } from "@/lib/domain/assessments/tenant-pricing";
import { notFound } from "@/lib/errors";
import { ownerTenant } from "@/lib/domain/scope";

export const SETTINGS_SELECT = { currency: true, ...PRICING_SELECT, version: true, updatedAt: true } as const;

/** The owner's tenant settings: currency and the decision engine's pricing defaults. */
export async function getSettings(tx: Tx, actor: Actor) {
  const tenantId = ownerTenant(actor);
  const tenant = await tx.tenant.findFirst({ where: { id: tenantId }, select: SETTINGS_SELECT });
  if (!tenant) throw notFound();
  return tenant;
}
