import { z } from "zod";
import { ECONOMICS_KEYS } from "@/lib/engine/economics";
import { ECONOMICS_MAX, HORIZON_LIMITS } from "@/lib/engine/vocabulary";
import { decimal, expectedVersion, int } from "@/lib/validation/fields";

/** ISO 4217 codes offered for the tenant's amounts. */
export const CURRENCIES = [
  "EUR",
  "USD",
  "GBP",
  "CHF",
  "CAD",
  "AUD",
  "NZD",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "JPY",
  "ZAR",
] as const;

/** The bounds the decision engine accepts for an assessment's own economics (one source). */
export const AMOUNT_MAX = ECONOMICS_MAX;
export const HORIZON = HORIZON_LIMITS;

/** The tenant's pricing defaults, in the order the form shows them. */
export const PRICING_FIELDS = ECONOMICS_KEYS;
export type PricingField = (typeof PRICING_FIELDS)[number];

export const updateSettingsSchema = z
  .object({
    currency: z.enum(CURRENCIES),
    incidentsPerMonth: decimal(0, AMOUNT_MAX),
    hoursPerIncident: decimal(0, AMOUNT_MAX),
    hourlyRate: decimal(0, AMOUNT_MAX),
    downtimeHoursPerIncident: decimal(0, AMOUNT_MAX),
    downtimeCostPerHour: decimal(0, AMOUNT_MAX),
    managedFeePerUserMonth: decimal(0, AMOUNT_MAX),
    hybridFeePerUserMonth: decimal(0, AMOUNT_MAX),
    horizonMonths: int(HORIZON.min, HORIZON.max),
    expectedVersion: expectedVersion(),
  })
  .strict();
export type UpdateSettingsInput = z.output<typeof updateSettingsSchema>;
