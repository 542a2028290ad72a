import { ECONOMICS_MAX, HORIZON_LIMITS } from "./vocabulary";

/**
 * The economics the cost comparison reads, declared ONCE with the kind of value each one is:
 * `unit` (money in the tenant's currency, a count, hours, months) and `per` (what one value is
 * for: an hour, an incident, a month, a user and month). The engine's schema, the settings
 * form and its schema, the assessment form, the tenant columns' select, the assumptions table
 * and the test generators all derive from this table.
 */
export type EconomicsUnit = "money" | "count" | "hours" | "months";
export type EconomicsPer = "hour" | "incident" | "month" | "userMonth" | "horizon";
export type EconomicsDef = {
  readonly unit: EconomicsUnit;
  readonly per: EconomicsPer;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer?: true;
};

const amount = (unit: EconomicsUnit, per: EconomicsPer): EconomicsDef => ({ unit, per, min: 0, max: ECONOMICS_MAX });

export const ECONOMICS = {
  incidentsPerMonth: amount("count", "month"),
  hoursPerIncident: amount("hours", "incident"),
  hourlyRate: amount("money", "hour"),
  downtimeHoursPerIncident: amount("hours", "incident"),
  downtimeCostPerHour: amount("money", "hour"),
  managedFeePerUserMonth: amount("money", "userMonth"),
  hybridFeePerUserMonth: amount("money", "userMonth"),
  horizonMonths: { unit: "months", per: "horizon", ...HORIZON_LIMITS, integer: true },
} as const satisfies Record<string, EconomicsDef>;

export type EconomicsKey = keyof typeof ECONOMICS;
/** In the order forms and tables show them. */
export const ECONOMICS_KEYS = Object.keys(ECONOMICS) as EconomicsKey[];
