import { z } from "zod";
import { ECONOMICS, ECONOMICS_KEYS, type EconomicsKey } from "@/lib/engine/economics-keys";
import { expectedVersion, optionalDecimal, optionalInt } from "@/lib/validation/fields";

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

/** The MSP's price list, in the order the form shows them; a blank field is stored as NULL (the engine's documented default). */
export const PRICING_FIELDS = ECONOMICS_KEYS;
export type PricingField = (typeof PRICING_FIELDS)[number];

export const updateSettingsSchema = z
  .object({
    currency: z.enum(CURRENCIES),
    ...(Object.fromEntries(
      ECONOMICS_KEYS.map((key) => {
        const def = ECONOMICS[key];
        return [key, "integer" in def ? optionalInt(def.min, def.max) : optionalDecimal(def.min, def.max)];
      }),
    ) as unknown as { [K in EconomicsKey]: z.ZodType<number | null> }),
    expectedVersion: expectedVersion(),
  })
  .strict();
export type UpdateSettingsInput = z.output<typeof updateSettingsSchema>;

/** The owner's reminder day for the month's missing reports: 1–28 (every month has it), "" = off. */
export const updateReportReminderSchema = z.object({ reportReminderDay: optionalInt(1, 28) }).strict();
export type UpdateReportReminderInput = z.output<typeof updateReportReminderSchema>;
