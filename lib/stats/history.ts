import type { ModelChange, Transition } from "@/lib/stats/types";

/**
 * Turns recorded changes (any order, any organizations) into the transitions the
 * statistics count. Per organization, in (effectiveDate, order) order:
 * - changes dated after `asOf` have not happened yet and are ignored;
 * - the model before a change is the previous change's `toModel` (null before the
 *   first one, and after the organization left), so a mis-recorded `fromModel`
 *   cannot make the counts drift;
 * - a change to the model the organization is already on (or a second "left")
 *   changes nothing and is dropped.
 * The database does the same with LAG/LEAD window functions (lib/domain/dashboard).
 */
export function transitionsOf(changes: readonly ModelChange[], asOf: string): Transition[] {
  const byOrg = new Map<string, ModelChange[]>();
  for (const c of changes) {
    if (c.effectiveDate > asOf) continue;
    const list = byOrg.get(c.organizationId);
    if (list) list.push(c);
    else byOrg.set(c.organizationId, [c]);
  }
  const out: Transition[] = [];
  for (const list of byOrg.values()) {
    list.sort((a, b) => cmp(a.effectiveDate, b.effectiveDate) || cmp(a.order ?? "", b.order ?? ""));
    const kept: Transition[] = [];
    let current: ModelChange["toModel"] = null;
    for (const c of list) {
      if (c.toModel === current) continue;
      kept.push({
        organizationId: c.organizationId,
        date: c.effectiveDate,
        from: current,
        to: c.toModel,
        previousDate: null,
        nextDate: null,
      });
      current = c.toModel;
    }
    kept.forEach((t, i) => {
      t.previousDate = kept[i - 1]?.date ?? null;
      t.nextDate = kept[i + 1]?.date ?? null;
    });
    out.push(...kept);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
