import { DEFAULT_ECONOMICS } from "@/lib/engine/economics";
import type { AmountSource } from "@/lib/vocabulary";

export type InterventionAmount = { amount: number; amountSource: AmountSource; hourlyRate: number | null };

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * The hourly rate an intervention without an amount billed is priced at: the tenant's price
 * list, or, where it leaves the rate blank, the engine's documented default (docs/engine.md,
 * "Prices"). The one place both the form's hint and the stored amount take it from.
 */
export function interventionHourlyRate(priceListRate: number | null): number {
  return priceListRate ?? DEFAULT_ECONOMICS.hourlyRate;
}

/**
 * What an intervention cost the client: the amount billed when one is given (0 included: a
 * warranty job billed nothing), else hours × the tenant's hourly rate (or its documented
 * default, see interventionHourlyRate), with the rate kept so the figure can say where it comes
 * from after the rate changes.
 */
export function interventionAmount(input: {
  hours: number;
  amountBilled: number | null;
  /** The price list's rate; null when it is left blank. */
  tenantHourlyRate: number | null;
}): InterventionAmount {
  if (input.amountBilled !== null)
    return { amount: cents(input.amountBilled), amountSource: "BILLED", hourlyRate: null };
  const rate = interventionHourlyRate(input.tenantHourlyRate);
  return { amount: cents(input.hours * rate), amountSource: "HOURLY_RATE", hourlyRate: rate };
}
