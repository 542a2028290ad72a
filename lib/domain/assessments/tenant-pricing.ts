import type { Tx } from "@/lib/db/context";
import type { Economics } from "@/lib/engine";
import { notFound } from "@/lib/errors";

/** The tenant's pricing defaults for the engine's cost comparison (Tenant row). */
export async function tenantPricing(tx: Tx, tenantId: string): Promise<Required<Economics>> {
  const t = await tx.tenant.findFirst({
    where: { id: tenantId },
    select: {
      incidentsPerMonth: true,
      hoursPerIncident: true,
      hourlyRate: true,
      downtimeHoursPerIncident: true,
      downtimeCostPerHour: true,
      managedFeePerUserMonth: true,
      hybridFeePerUserMonth: true,
      horizonMonths: true,
    },
  });
  if (!t) throw notFound();
  return t;
}
