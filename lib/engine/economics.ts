import type { AssessmentInput, Economics } from "./schema";
import { ECONOMICS, ECONOMICS_KEYS, type EconomicsKey } from "./economics-keys";
import { HORIZON_LIMITS } from "./vocabulary";

export { ECONOMICS_KEYS, type EconomicsKey } from "./economics-keys";
export type ResolvedEconomics = Record<EconomicsKey, number>;

/** The documented prices used where the price list is blank (economics-keys.ts, `fallback`). */
export const DEFAULT_ECONOMICS = Object.fromEntries(ECONOMICS_KEYS.map((k) => [k, ECONOMICS[k].fallback])) as Required<
  Record<EconomicsKey, number>
>;

/** Where a price came from: this assessment's own price, the MSP's price list, or the documented default. */
export type PriceSource = "assessment" | "priceList" | "default";

export interface EconomicsResolution {
  values: ResolvedEconomics;
  sources: Record<EconomicsKey, PriceSource>;
}

/** Field by field: the assessment's own price, else the tenant's price list, else the documented default. */
export function resolveEconomics(input: AssessmentInput, priceList: Partial<Economics> = {}): EconomicsResolution {
  const values = {} as ResolvedEconomics;
  const sources = {} as Record<EconomicsKey, PriceSource>;
  for (const key of ECONOMICS_KEYS) {
    const own = input.economics?.[key];
    const listed = priceList[key];
    if (own !== undefined) {
      values[key] = own;
      sources[key] = "assessment";
    } else if (listed !== undefined && listed !== null) {
      values[key] = listed;
      sources[key] = "priceList";
    } else {
      values[key] = DEFAULT_ECONOMICS[key];
      sources[key] = "default";
    }
  }
  // Library callers are typed but not parsed: keep the horizon a whole number within bounds.
  values.horizonMonths = Math.min(HORIZON_LIMITS.max, Math.max(HORIZON_LIMITS.min, Math.trunc(values.horizonMonths)));
  return { values, sources };
}
