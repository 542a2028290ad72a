import { ECONOMICS_MAX, HORIZON_LIMITS } from "./vocabulary";

/**
 * The MSP's price list: rates, never a client's volume (docs/engine.md, "Cost model"). Declared
 * ONCE with the kind of value each one is: `unit` (money in the tenant's currency, months) and
 * `per` (what one price is for: an hour, a user and month, an endpoint and month…), and the
 * documented price the engine uses when the price list leaves it blank. The engine's schema,
 * the tenant's columns, the settings form and its schema, the assessment form, the assumptions
 * table and the test generators all derive from this table.
 */
export type EconomicsUnit = "money" | "months";
export type EconomicsPer = "hour" | "userMonth" | "endpointMonth" | "itemMonth" | "month" | "horizon";
export type EconomicsDef = {
  readonly unit: EconomicsUnit;
  readonly per: EconomicsPer;
  readonly min: number;
  readonly max: number;
  /** The documented price used when the price list is blank (docs/engine.md, "The cost model"). */
  readonly fallback: number;
  /** Whole numbers only. */
  readonly integer?: true;
};

const price = (per: EconomicsPer, fallback: number): EconomicsDef => ({
  unit: "money",
  per,
  min: 0,
  max: ECONOMICS_MAX,
  fallback,
});

export const ECONOMICS = {
  /** What break-fix bills per technician hour. */
  hourlyRate: price("hour", 95),
  /** Full managed services, per user (a person who depends on IT daily) and month. */
  managedPerUser: price("userMonth", 85),
  /** Full managed services, per endpoint and month, for MSPs that also price devices (blank: included per user). */
  managedPerEndpoint: price("endpointMonth", 0),
  /** Hybrid package: backups monitored and tested, per endpoint and month. */
  backupPerEndpoint: price("endpointMonth", 6),
  /** Hybrid package: Microsoft 365 or Google Workspace managed, per user and month. */
  suitePerUser: price("userMonth", 5),
  /** Hybrid package: recurring support of one critical item (a business application, remote access, the links between sites, cloud infrastructure, the critical workstations and servers), per month. */
  criticalItemPerMonth: price("itemMonth", 150),
  /** Hybrid package: the monthly service review and report. */
  steeringPerMonth: price("month", 180),
  /** How far the comparison looks. */
  horizonMonths: { unit: "months", per: "horizon", ...HORIZON_LIMITS, fallback: 36, integer: true },
} as const satisfies Record<string, EconomicsDef>;

export type EconomicsKey = keyof typeof ECONOMICS;
/** In the order forms and tables show them. */
export const ECONOMICS_KEYS = Object.keys(ECONOMICS) as EconomicsKey[];
