import { z } from "zod";
import { DEFAULT_FILTERS, UNASSIGNED, type DashboardFilters } from "@/lib/domain/dashboard/filters";
import { isoDay } from "@/lib/stats/months";
import { DEFAULT_PRESET, PERIOD_PRESETS, resolvePeriod, type PeriodPreset } from "@/lib/stats/period";
import { id, period } from "@/lib/validation/fields";
import { LIFECYCLES } from "@/lib/vocabulary";

// The filters' shape lives in filters.ts (no zod: the dashboard's client components import it).
export {
  DEFAULT_FILTERS,
  filtersToSearchParams,
  UNASSIGNED,
  type DashboardFilters,
} from "@/lib/domain/dashboard/filters";

const todayIso = () => isoDay(new Date());

/**
 * The query string: `months=3|6|12|24` (last N months, default 12) or `from=YYYY-MM&to=YYYY-MM`,
 * `manager=<user id>|unassigned`, `status=PROSPECT|ACTIVE|FORMER`. Anything else is refused.
 */
export const dashboardQuerySchema = z
  .object({
    months: z.enum(PERIOD_PRESETS.map(String) as [string, ...string[]]).optional(),
    from: period().optional(),
    to: period().optional(),
    manager: z.union([z.literal(UNASSIGNED), id()]).optional(),
    status: z.enum(LIFECYCLES).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from && !q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "invalid" });
    if (q.to && !q.from) ctx.addIssue({ code: "custom", path: ["from"], message: "invalid" });
    if (q.months && (q.from || q.to)) ctx.addIssue({ code: "custom", path: ["months"], message: "invalid" });
    if (q.from && q.to) {
      const resolved = resolvePeriod({ kind: "range", from: q.from, to: q.to }, todayIso());
      if (!resolved.ok)
        ctx.addIssue({
          code: "custom",
          path: [resolved.problem === "fromAfterTo" ? "from" : "to"],
          message: "invalid",
        });
    }
  })
  .transform((q): DashboardFilters => ({
    period:
      q.from && q.to
        ? { kind: "range", from: q.from, to: q.to }
        : { kind: "preset", months: Number(q.months ?? DEFAULT_PRESET) as PeriodPreset },
    manager: q.manager ?? null,
    status: q.status ?? null,
  }));

/** Reads a page's searchParams (string | string[] | undefined) with the route's schema. */
export function parseDashboardSearchParams(
  raw: Record<string, string | string[] | undefined>,
): { ok: true; filters: DashboardFilters } | { ok: false; filters: DashboardFilters } {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined && v !== "") flat[key] = v;
  }
  const parsed = dashboardQuerySchema.safeParse(flat);
  return parsed.success ? { ok: true, filters: parsed.data } : { ok: false, filters: DEFAULT_FILTERS };
}
