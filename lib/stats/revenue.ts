import { ECONOMICS } from "@/lib/engine/economics-keys";
import { type Model, MODELS, type PerModel } from "@/lib/vocabulary";

/** The price list's prices the revenue reads (blank = NULL: the engine's documented default). */
export type Pricing = { managedPerUser: number | null; suitePerUser: number | null; backupPerEndpoint: number | null };

export type ModelRevenue = {
  clients: number;
  users: number;
  /** The tenant's monthly fee per user; null for break-fix, which has no recurring fee (billed per intervention). */
  feePerUser: number | null;
  /** users × feePerUser, rounded to cents; null for break-fix. */
  monthly: number | null;
};

const cents = (n: number) => Math.round(n * 100) / 100;

export type RecurringRevenue = PerModel<ModelRevenue> & { total: number };

/**
 * The fee per user per month of each model, from the tenant's price list (engine v2: blanks take
 * the engine's documented defaults). Managed: the price per user. Hybrid: the seed's typical
 * package, Microsoft 365 (per user) and backups (per endpoint, counted as one per user here: the
 * portfolio knows headcounts, not each client's endpoints). Break-fix: no recurring fee.
 */
export function feePerUser(model: Model, pricing: Pricing): number | null {
  const price = (key: keyof Pricing) => pricing[key] ?? ECONOMICS[key].fallback;
  if (model === "HYBRID") return cents(price("suitePerUser") + price("backupPerEndpoint"));
  if (model === "MANAGED") return price("managedPerUser");
  return null;
}

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
