import type { Economics } from "@/lib/engine";

/**
 * The demo tenants' price lists (Settings → Price list): two MSPs that price differently, so the
 * demo shows the cost comparison under two real-looking lists. A field left out is blank in
 * Settings: the engine uses its documented default price for it (docs/engine.md).
 */
export const DEMO_PRICE_LISTS = {
  /** Northwind prices per user only, and a little below the documented defaults. */
  northwind: {
    hourlyRate: 95,
    managedPerUser: 80,
    backupPerEndpoint: 6,
    suitePerUser: 5,
    criticalItemPerMonth: 140,
    steeringPerMonth: 150,
    horizonMonths: 36,
  },
  /** Bluepeak bills more per hour, prices managed services per user AND per endpoint, and leaves the review at the default. */
  bluepeak: {
    hourlyRate: 110,
    managedPerUser: 65,
    managedPerEndpoint: 12,
    backupPerEndpoint: 8,
    suitePerUser: 4,
    criticalItemPerMonth: 175,
    horizonMonths: 36,
  },
} as const satisfies Record<string, Economics>;
