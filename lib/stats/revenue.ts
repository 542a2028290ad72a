import { ECONOMICS } from "@/lib/engine/economics-keys";
import { type Model, MODELS, type PerModel } from "@/lib/vocabulary";

/** The price list's prices the revenue reads (blank = NULL: the engine's documented default). */
export type Pricing = { managedPerUser: number | null; suitePerUser: number | null; backupPerEndpoint: number | null };

export type ModelRevenue = {
  clients: number;
  users: number;
  /** The tenant's monthly fee per user; null for break-fix, which has no recurring fee (billed per intervention). */
  feePerUser: number | null;
  /** The month's fee, rounded to cents; null for break-fix. */
  monthly: number | null;
  /**
   * Hybrid only: the package's backups are priced per endpoint, on the organizations' own
   * endpoint counts; where a count is not known the organization's headcount stands for it
   * (`estimated` organizations), and the page says so.
   */
  backups?: { endpoints: number; perEndpoint: number; estimated: number };
};

const cents = (n: number) => Math.round(n * 100) / 100;

export type RecurringRevenue = PerModel<ModelRevenue> & { total: number };

/**
 * The fee per user per month of each model, from the tenant's price list (engine v2: blanks take
 * the engine's documented defaults). Managed: the price per user. Hybrid: the per-user part of
 * the seed's typical package, Microsoft 365 (its backups are priced per endpoint, see
 * recurringRevenue). Break-fix: no recurring fee.
 */
export function feePerUser(model: Model, pricing: Pricing): number | null {
  if (model === "HYBRID") return priceOf(pricing, "suitePerUser");
  if (model === "MANAGED") return priceOf(pricing, "managedPerUser");
  return null;
}

const priceOf = (pricing: Pricing, key: keyof Pricing) => pricing[key] ?? ECONOMICS[key].fallback;

/**
 * Recurring monthly revenue by model: managed, the organizations' headcount × the fee per user;
 * hybrid, the headcount × the Microsoft 365 price per user + the endpoints × the backup price
 * per endpoint (each organization's own endpoints; its headcount where they are not known);
 * break-fix has no recurring fee.
 */
export function recurringRevenue(
  clients: PerModel<{ clients: number; users: number }>,
  pricing: Pricing,
  endpoints: PerModel<{ endpoints: number; unknown: number }>,
): RecurringRevenue {
  const out = {} as PerModel<ModelRevenue>;
  let total = 0;
  for (const model of MODELS) {
    const fee = feePerUser(model, pricing);
    const { clients: count, users } = clients[model];
    if (model === "HYBRID" && fee !== null) {
      const backups = {
        endpoints: endpoints[model].endpoints,
        perEndpoint: priceOf(pricing, "backupPerEndpoint"),
        estimated: endpoints[model].unknown,
      };
      const monthly = cents(users * fee + backups.endpoints * backups.perEndpoint);
      total += monthly;
      out[model] = { clients: count, users, feePerUser: fee, monthly, backups };
      continue;
    }
    const monthly = fee === null ? null : cents(users * fee);
    total += monthly ?? 0;
    out[model] = { clients: count, users, feePerUser: fee, monthly };
  }
  return { ...out, total: cents(total) };
}

/**
 * One organization's monthly fee, as recurringRevenue counts it: managed, headcount × the fee
 * per user; hybrid, headcount × the Microsoft 365 price + endpoints × the backup price (its
 * headcount where the endpoints are not known); break-fix, null.
 */
export function organizationMonthlyFee(
  model: Model,
  org: { headcount: number; endpoints: number | null },
  pricing: Pricing,
): number | null {
  const fee = feePerUser(model, pricing);
  if (fee === null) return null;
  const backups = model === "HYBRID" ? (org.endpoints ?? org.headcount) * priceOf(pricing, "backupPerEndpoint") : 0;
  return cents(org.headcount * fee + backups);
}
