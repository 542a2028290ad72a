import type { AmountSource } from "@/lib/vocabulary";

export type InterventionAmount = { amount: number; amountSource: AmountSource; hourlyRate: number | null };

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * What an intervention cost the client: the amount billed when one is given (0 included: a
 * warranty job billed nothing), else hours × the tenant's hourly rate, with the rate kept so
 * the figure can say where it comes from after the rate changes.
 */
export function interventionAmount(input: {
  hours: number;
  amountBilled: number | null;
  tenantHourlyRate: number;
}): InterventionAmount {
  if (input.amountBilled !== null)
    return { amount: cents(input.amountBilled), amountSource: "BILLED", hourlyRate: null };
  return {
    amount: cents(input.hours * input.tenantHourlyRate),
    amountSource: "HOURLY_RATE",
    hourlyRate: input.tenantHourlyRate,
  };
}
