import { describe, expect, it } from "vitest";
import {
  type DashboardFilters,
  dashboardQuerySchema,
  DEFAULT_FILTERS,
  filtersToSearchParams,
  parseDashboardSearchParams,
} from "@/lib/domain/dashboard/schemas";

describe("dashboard filters in the URL", () => {
  it("the default view is the bare URL", () => {
    expect(filtersToSearchParams(DEFAULT_FILTERS).toString()).toBe("");
    expect(dashboardQuerySchema.parse({})).toEqual(DEFAULT_FILTERS);
  });

  it("round-trips every kind of filter", () => {
    const views: DashboardFilters[] = [
      { period: { kind: "preset", months: 3 }, manager: "user_123", status: "ACTIVE" },
      { period: { kind: "preset", months: 24 }, manager: "unassigned", status: null },
      { period: { kind: "range", from: "2024-01", to: "2024-06" }, manager: null, status: "FORMER" },
    ];
    for (const view of views) {
      const params = filtersToSearchParams(view);
      expect(parseDashboardSearchParams(Object.fromEntries(params.entries()))).toEqual({ ok: true, filters: view });
    }
  });

  it("refuses what it does not know, half ranges, mixed periods, reversed and future ranges", () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    for (const raw of [
      { months: "5" },
      { from: "2024-01" },
      { to: "2024-01" },
      { months: "12", from: "2024-01", to: "2024-02" },
      { from: "2024-05", to: "2024-01" },
      { from: "2024-01", to: `${nextYear}-01` },
      { from: "1990-01", to: "1990-02" },
      { status: "LOST" },
      { manager: "a b" },
      { tenantId: "t1" },
    ]) {
      expect(dashboardQuerySchema.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
    }
  });

  it("a page with a bad link falls back to the default view; repeated params take the first", () => {
    expect(parseDashboardSearchParams({ months: "7" })).toEqual({ ok: false, filters: DEFAULT_FILTERS });
    expect(parseDashboardSearchParams({ months: ["6", "3"], status: "" })).toEqual({
      ok: true,
      filters: { ...DEFAULT_FILTERS, period: { kind: "preset", months: 6 } },
    });
  });
});
