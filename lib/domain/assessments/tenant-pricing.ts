import type { Tx } from "@/lib/db/context";
import { ECONOMICS_KEYS, type Economics } from "@/lib/engine";
import { notFound } from "@/lib/errors";

/** Selects exactly the Tenant columns that hold the MSP's price list. */
export const PRICING_SELECT = Object.fromEntries(ECONOMICS_KEYS.map((k) => [k, true])) as {
  [K in (typeof ECONOMICS_KEYS)[number]]: true;
};

/** The tenant's price list for the engine's cost comparison, without its blanks (the engine uses its documented defaults there). */
export async function tenantPricing(tx: Tx, tenantId: string): Promise<Economics> {
  const t = await tx.tenant.findFirst({
    where: { id: tenantId },
    select: PRICING_SELECT,
  });
  if (!t) throw notFound();
  return priceListOf(t);
}

/** A Tenant row's prices as the engine's price list: NULL columns left out. */
export function priceListOf(row: { [K in (typeof ECONOMICS_KEYS)[number]]: number | null }): Economics {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Economics;
}
