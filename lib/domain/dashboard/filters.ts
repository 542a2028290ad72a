import { DEFAULT_PRESET, type PeriodChoice } from "@/lib/stats/period";
import type { Lifecycle } from "@/lib/vocabulary";

/**
 * The dashboard's filters and their URL form, without zod: the dashboard's client components
 * import this module, and zod (about 100 KiB of JavaScript) stays on the server, where
 * schemas.ts validates the same query string.
 */
/** The account-manager filter value for organizations nobody manages. */
export const UNASSIGNED = "unassigned";

/** The dashboard's filters, as the URL, the page and GET /api/dashboard carry them. */
export type DashboardFilters = {
  period: PeriodChoice;
  /** A staff member's user id, UNASSIGNED, or null for everyone. */
  manager: string | null;
  status: Lifecycle | null;
};

export const DEFAULT_FILTERS: DashboardFilters = {
  period: { kind: "preset", months: DEFAULT_PRESET },
  manager: null,
  status: null,
};

/** The filters as URL search params; defaults are left out so the plain page URL is the default view. */
export function filtersToSearchParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.period.kind === "range") {
    params.set("from", filters.period.from);
    params.set("to", filters.period.to);
  } else if (filters.period.months !== DEFAULT_PRESET) {
    params.set("months", String(filters.period.months));
  }
  if (filters.manager) params.set("manager", filters.manager);
  if (filters.status) params.set("status", filters.status);
  return params;
}
