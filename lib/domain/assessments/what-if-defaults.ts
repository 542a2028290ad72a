import type { CostComparison, Economics } from "@/lib/engine";

/**
 * The pricing a what-if starts from: the tenant values the stored result used (not today's), so
 * that with nothing changed the what-if reproduces the stored result, even if the tenant's
 * pricing changed since.
 */
export function whatIfDefaults(result: {
  costs: Pick<CostComparison, "assumptions" | "assumptionSources"> | null;
}): Partial<Economics> {
  if (!result.costs) return {};
  const { assumptions, assumptionSources } = result.costs;
  const out: Partial<Economics> = {};
  for (const key of Object.keys(assumptionSources) as (keyof typeof assumptionSources)[]) {
    if (assumptionSources[key] === "tenant" && typeof assumptions[key] === "number") out[key] = assumptions[key];
  }
  return out;
}
