import type { Tx } from "@/lib/db/context";
import { ECONOMICS_KEYS, type Economics } from "@/lib/engine";
import { notFound } from "@/lib/errors";

/** Selects exactly the Tenant columns that hold the engine's pricing defaults. */
export const PRICING_SELECT = Object.fromEntries(ECONOMICS_KEYS.map((k) => [k, true])) as {
  [K in (typeof ECONOMICS_KEYS)[number]]: true;
};

/** The tenant's pricing defaults for the engine's cost comparison (Tenant row). */
export async function tenantPricing(tx: Tx, tenantId: string): Promise<Required<Economics>> {
  const t = await tx.tenant.findFirst({
    where: { id: tenantId },
    select: PRICING_SELECT,
  });
  if (!t) throw notFound();
  return t;
}
