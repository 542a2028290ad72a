import { ECONOMICS_KEYS, type CostComparison, type Economics } from "@/lib/engine";

/**
 * The prices a what-if starts from: the price-list values the stored result used (not today's),
 * so that with nothing changed the what-if reproduces the stored result, even if the tenant's
 * price list changed since. Results of engines before 2026.12.1 priced differently (source
 * "tenant", keys that are no longer prices): their what-if starts from today's engine defaults.
 */
export function whatIfDefaults(result: {
  costs: Pick<CostComparison, "assumptions" | "assumptionSources"> | null;
}): Partial<Economics> {
  if (!result.costs) return {};
  const { assumptions, assumptionSources } = result.costs;
  const out: Partial<Economics> = {};
  for (const key of ECONOMICS_KEYS) {
    const value: unknown = assumptions[key];
    if (assumptionSources[key] === "priceList" && typeof value === "number") out[key] = value;
  }
  return out;
}
