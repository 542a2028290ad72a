import { type Model, MODELS, type PerModel } from "@/lib/vocabulary";

export type Pricing = { hybridFeePerUserMonth: number; managedFeePerUserMonth: number };

export type ModelRevenue = {
  clients: number;
  users: number;
  /** The tenant's monthly fee per user; null for break-fix, which has no recurring fee (billed per intervention). */
  feePerUser: number | null;
  /** users × feePerUser, rounded to cents; null for break-fix. */
  monthly: number | null;
};

export type RecurringRevenue = PerModel<ModelRevenue> & { total: number };

/** The fee per user per month of each model, from the tenant's pricing. */
export function feePerUser(model: Model, pricing: Pricing): number | null {
  if (model === "HYBRID") return pricing.hybridFeePerUserMonth;
  if (model === "MANAGED") return pricing.managedFeePerUserMonth;
  return null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * Recurring monthly revenue by model: the organizations' headcount × the tenant's fee
 * per user per month for hybrid and managed; break-fix has no recurring fee.
 */
export function recurringRevenue(
  clients: PerModel<{ clients: number; users: number }>,
  pricing: Pricing,
): RecurringRevenue {
  const out = {} as PerModel<ModelRevenue>;
  let total = 0;
  for (const model of MODELS) {
    const fee = feePerUser(model, pricing);
    const monthly = fee === null ? null : cents(clients[model].users * fee);
    total += monthly ?? 0;
    out[model] = { clients: clients[model].clients, users: clients[model].users, feePerUser: fee, monthly };
  }
  return { ...out, total: cents(total) };
}
