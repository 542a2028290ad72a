import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  accumulateMonthlyCounts,
  chartMonths,
  conversionTable,
  median,
  modelDeltas,
  monthlyModelCounts,
  monthRange,
  organizationMonthlyFee,
  periodActivity,
  recurringRevenue,
  resolvePeriod,
  transitionsOf,
  lastDay,
  type ModelChange,
} from "@/lib/stats";
import { MODELS, perModel, type Model } from "@/lib/vocabulary";

/**
 * A hand-built portfolio (today = 2026-06-15):
 * A  break-fix 2025-01-10 → hybrid 2025-04-01 → managed 2025-09-15
 * B  managed 2025-02-01 → hybrid 2025-08-01                      (moved back down)
 * C  break-fix 2025-01-05 → left 2025-05-20                        (churned)
 * D  hybrid 2025-03-01, hybrid again 2025-06-01 (no-op) → managed 2026-01-10
 * E  break-fix 2026-07-01                                          (in the future: not yet)
 * F  break-fix 2024-11-01 → left 2025-02-01 → hybrid 2025-10-01   (left, came back)
 */
const TODAY = "2026-06-15";
const c = (organizationId: string, effectiveDate: string, toModel: Model | null, order = ""): ModelChange => ({
  organizationId,
  effectiveDate,
  toModel,
  order,
});
const HISTORY: ModelChange[] = [
  c("A", "2025-09-15", "MANAGED"),
  c("A", "2025-01-10", "BREAK_FIX"),
  c("A", "2025-04-01", "HYBRID"),
  c("B", "2025-02-01", "MANAGED"),
  c("B", "2025-08-01", "HYBRID"),
  c("C", "2025-01-05", "BREAK_FIX"),
  c("C", "2025-05-20", null),
  c("D", "2025-03-01", "HYBRID"),
  c("D", "2025-06-01", "HYBRID"),
  c("D", "2026-01-10", "MANAGED"),
  c("E", "2026-07-01", "BREAK_FIX"),
  c("F", "2024-11-01", "BREAK_FIX"),
  c("F", "2025-02-01", null),
  c("F", "2025-10-01", "HYBRID"),
];

const counts = (bf: number, h: number, m: number) => ({ BREAK_FIX: bf, HYBRID: h, MANAGED: m });

/** Code-unit order, as the app's and PostgreSQL's for ids (localeCompare sorts punctuation differently). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("transitionsOf", () => {
  it("derives the previous model from the history, drops no-ops and the future", () => {
    const t = transitionsOf(HISTORY, TODAY);
    expect(t.filter((x) => x.organizationId === "E")).toEqual([]);
    expect(t.filter((x) => x.organizationId === "D").map((x) => [x.from, x.to, x.previousDate, x.nextDate])).toEqual([
      [null, "HYBRID", null, "2026-01-10"],
      ["HYBRID", "MANAGED", "2025-03-01", null],
    ]);
    expect(t.filter((x) => x.organizationId === "F").map((x) => [x.from, x.to])).toEqual([
      [null, "BREAK_FIX"],
      ["BREAK_FIX", null],
      [null, "HYBRID"],
    ]);
  });

  it("orders same-day changes by their tie-breaker", () => {
    const t = transitionsOf([c("X", "2025-01-01", "HYBRID", "2"), c("X", "2025-01-01", "BREAK_FIX", "1")], TODAY);
    expect(t.map((x) => [x.from, x.to])).toEqual([
      [null, "BREAK_FIX"],
      ["BREAK_FIX", "HYBRID"],
    ]);
  });

  it("ignores a departure of an organization that was not a client", () => {
    expect(transitionsOf([c("X", "2025-01-01", null), c("X", "2025-02-01", null)], TODAY)).toEqual([]);
  });
});

describe("monthly counts per model", () => {
  const months = monthRange("2025-01", "2026-06");
  const series = monthlyModelCounts(HISTORY, months, TODAY);
  const at = (month: string) => {
    const row = series.find((r) => r.month === month)!;
    return counts(row.BREAK_FIX, row.HYBRID, row.MANAGED);
  };

  it("reconstructs the portfolio at the end of each month", () => {
    expect(at("2025-01")).toEqual(counts(3, 0, 0)); // A, C, F (F from before the window)
    expect(at("2025-02")).toEqual(counts(2, 0, 1)); // F left, B joined on managed
    expect(at("2025-03")).toEqual(counts(2, 1, 1)); // D joined on hybrid
    expect(at("2025-04")).toEqual(counts(1, 2, 1)); // A break-fix → hybrid
    expect(at("2025-05")).toEqual(counts(0, 2, 1)); // C churned
    expect(at("2025-06")).toEqual(counts(0, 2, 1)); // D's no-op changes nothing
    expect(at("2025-08")).toEqual(counts(0, 3, 0)); // B managed → hybrid
    expect(at("2025-09")).toEqual(counts(0, 2, 1)); // A hybrid → managed
    expect(at("2025-10")).toEqual(counts(0, 3, 1)); // F came back on hybrid
    expect(at("2026-01")).toEqual(counts(0, 2, 2)); // D hybrid → managed
    expect(at("2026-06")).toEqual(counts(0, 2, 2)); // E's future start is not counted
  });

  it("gathers everything before the window into an opening balance", () => {
    const deltas = modelDeltas(transitionsOf(HISTORY, TODAY), "2025-06");
    const opening = deltas.filter((d) => d.month === "2025-06");
    // Before the end of June 2025: A hybrid, B managed, D hybrid (C and F left).
    expect(Object.fromEntries(opening.map((d) => [d.model, d.delta]))).toEqual({ HYBRID: 2, MANAGED: 1 });
    expect(
      accumulateMonthlyCounts(deltas, ["2025-06", "2025-07", "2025-08"]).map((r) =>
        counts(r.BREAK_FIX, r.HYBRID, r.MANAGED),
      ),
    ).toEqual([counts(0, 2, 1), counts(0, 2, 1), counts(0, 3, 0)]);
  });

  it("an empty history is zero everywhere", () => {
    expect(monthlyModelCounts([], ["2025-01", "2025-02"], TODAY)).toEqual([
      { month: "2025-01", ...counts(0, 0, 0) },
      { month: "2025-02", ...counts(0, 0, 0) },
    ]);
  });

  // Brute force: for every month, replay each organization's history up to the month's last day.
  const brute = (history: ModelChange[], months: string[], today: string) =>
    months.map((month) => {
      const until = lastDay(month) < today ? lastDay(month) : today;
      const state = new Map<string, Model | null>();
      const sorted = history
        .filter((h) => h.effectiveDate <= until)
        .sort((a, b) => byCodeUnit(a.effectiveDate, b.effectiveDate) || byCodeUnit(a.order ?? "", b.order ?? ""));
      for (const h of sorted) state.set(h.organizationId, h.toModel);
      const out = { month, ...counts(0, 0, 0) };
      for (const m of state.values()) if (m) out[m] += 1;
      return out;
    });

  it("agrees with replaying every history month by month (property)", () => {
    const change = fc.record({
      organizationId: fc.constantFrom("o1", "o2", "o3", "o4", "o5"),
      toModel: fc.constantFrom<Model | null>(...MODELS, null),
      effectiveDate: fc
        .integer({ min: 0, max: 1_200 })
        .map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      order: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (history, startOffset) => {
        const start = monthRange("2023-01", "2026-04")[startOffset]!;
        const months = monthRange(start, "2026-04");
        const today = "2026-04-10";
        expect(monthlyModelCounts(history, months, today)).toEqual(brute(history, months, today));
      }),
      { numRuns: 300 },
    );
  });
});

describe("transitions in a period", () => {
  const transitions = transitionsOf(HISTORY, TODAY);

  it("counts moves, exposure, departures and days before moving", () => {
    const activity = periodActivity(transitions, { start: "2025-04-01", end: "2025-09-30" });
    // On break-fix at some point: A (at the start), C (at the start).
    // On hybrid: D (start), A (entered 04-01), B (entered 08-01). On managed: B (start), A (entered 09-15).
    expect(activity.exposure).toEqual(counts(2, 3, 2));
    expect(activity.stays.BREAK_FIX).toEqual({ median: 81, moves: 1 }); // A: 2025-01-10 → 2025-04-01
    expect(activity.stays.HYBRID).toEqual({ median: 167, moves: 1 }); // A: 2025-04-01 → 2025-09-15
    expect(activity.stays.MANAGED).toEqual({ median: 181, moves: 1 }); // B: 2025-02-01 → 2025-08-01

    const table = conversionTable(activity.moves, activity.exposure);
    const row = (from: Model, to: Model) => table.rows.find((r) => r.from === from && r.to === to)!;
    expect(row("BREAK_FIX", "HYBRID")).toMatchObject({
      moves: 1,
      organizations: 1,
      exposed: 2,
      rate: 0.5,
      direction: "forward",
    });
    expect(row("HYBRID", "MANAGED")).toMatchObject({ moves: 1, exposed: 3, rate: 1 / 3 });
    expect(row("MANAGED", "HYBRID")).toMatchObject({ moves: 1, exposed: 2, rate: 0.5, direction: "backward" });
    expect(row("BREAK_FIX", "MANAGED")).toMatchObject({ moves: 0, rate: 0 });
    expect(table.left).toEqual(counts(1, 0, 0));
    expect(table.leftRate.BREAK_FIX).toBe(0.5);
    expect(table.joined).toEqual(counts(0, 0, 0));
  });

  it("measures the stay from when the model really started, across a no-op change", () => {
    const activity = periodActivity(transitions, { start: "2025-10-01", end: "2026-03-31" });
    expect(activity.stays.HYBRID).toEqual({ median: 315, moves: 1 }); // D: 2025-03-01 → 2026-01-10
    const table = conversionTable(activity.moves, activity.exposure);
    expect(table.joined).toEqual(counts(0, 1, 0)); // F came back
    // On hybrid: B, D at the start; F entered. On managed: A at the start, D entered.
    expect(activity.exposure).toEqual(counts(0, 3, 2));
    expect(table.rows.find((r) => r.from === "HYBRID" && r.to === "MANAGED")).toMatchObject({
      organizations: 1,
      exposed: 3,
    });
  });

  it("a move on the first day of the period counts in it; the day before does not", () => {
    const a = periodActivity(transitions, { start: "2025-08-01", end: "2025-08-31" });
    expect(a.moves).toEqual([{ from: "MANAGED", to: "HYBRID", moves: 1, organizations: 1 }]);
    const b = periodActivity(transitions, { start: "2025-08-02", end: "2025-09-14" });
    expect(b.moves).toEqual([]);
  });

  it("exposure is: on the model the day before the period, or moving onto it during it (property)", () => {
    const change = fc.record({
      organizationId: fc.constantFrom("o1", "o2", "o3", "o4", "o5", "o6"),
      toModel: fc.constantFrom<Model | null>(...MODELS, null),
      effectiveDate: fc
        .integer({ min: 0, max: 700 })
        .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      order: fc.string({ maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(change, { maxLength: 30 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 200 }),
        (history, startDay, length) => {
          const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          const period = { start: day(startDay), end: day(startDay + length) };
          const today = "2026-01-01";
          const sorted = [...history].sort(
            (a, b) => byCodeUnit(a.effectiveDate, b.effectiveDate) || byCodeUnit(a.order ?? "", b.order ?? ""),
          );
          const expected = perModel(() => new Set<string>());
          const before = new Map<string, Model | null>();
          for (const h of sorted) if (h.effectiveDate < period.start) before.set(h.organizationId, h.toModel);
          for (const [org, m] of before) if (m) expected[m].add(org);
          for (const h of sorted)
            if (h.effectiveDate >= period.start && h.effectiveDate <= period.end && h.toModel)
              expected[h.toModel].add(h.organizationId);
          const activity = periodActivity(transitionsOf(history, today), period);
          expect(activity.exposure).toEqual({
            BREAK_FIX: expected.BREAK_FIX.size,
            HYBRID: expected.HYBRID.size,
            MANAGED: expected.MANAGED.size,
          });
          // Every rate is a share: between 0 and 1.
          for (const row of conversionTable(activity.moves, activity.exposure).rows)
            if (row.rate !== null) expect(row.rate).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rates are null when nobody was on the model", () => {
    const table = conversionTable([], counts(0, 0, 0));
    expect(table.rows.every((r) => r.rate === null)).toBe(true);
    expect(table.rows.map((r) => `${r.from}>${r.to}`)).toEqual([
      "BREAK_FIX>HYBRID",
      "HYBRID>MANAGED",
      "BREAK_FIX>MANAGED",
      "MANAGED>HYBRID",
      "HYBRID>BREAK_FIX",
      "MANAGED>BREAK_FIX",
    ]);
  });

  it("counts organizations, not events, in the rate", () => {
    const ping = [
      c("X", "2025-01-01", "BREAK_FIX"),
      c("X", "2025-02-01", "HYBRID"),
      c("X", "2025-03-01", "BREAK_FIX"),
      c("X", "2025-04-01", "HYBRID"),
    ];
    const a = periodActivity(transitionsOf(ping, TODAY), { start: "2025-01-15", end: "2025-12-31" });
    const row = conversionTable(a.moves, a.exposure).rows.find((r) => r.from === "BREAK_FIX" && r.to === "HYBRID")!;
    expect(row).toMatchObject({ moves: 2, organizations: 1, exposed: 1, rate: 1 });
    expect(a.stays.BREAK_FIX).toEqual({ median: 31, moves: 2 }); // 01-01 → 02-01 and 03-01 → 04-01
  });
});

describe("median", () => {
  it("odd, even, empty", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("recurring revenue", () => {
  const endpoints = {
    BREAK_FIX: { endpoints: 40, unknown: 0 },
    HYBRID: { endpoints: 14, unknown: 1 },
    MANAGED: { endpoints: 60, unknown: 0 },
  };
  it("headcount × the tenant's fee per user; hybrid backups per endpoint; break-fix has no recurring fee", () => {
    const r = recurringRevenue(
      { BREAK_FIX: { clients: 2, users: 30 }, HYBRID: { clients: 1, users: 10 }, MANAGED: { clients: 2, users: 45 } },
      { managedPerUser: 85.5, suitePerUser: 29, backupPerEndpoint: 6 },
      endpoints,
    );
    expect(r.BREAK_FIX).toEqual({ clients: 2, users: 30, feePerUser: null, monthly: null });
    // 10 users × 29 (Microsoft 365) + 14 endpoints × 6 (backups), one organization's endpoints unknown.
    expect(r.HYBRID).toEqual({
      clients: 1,
      users: 10,
      feePerUser: 29,
      monthly: 374,
      backups: { endpoints: 14, perEndpoint: 6, estimated: 1 },
    });
    expect(r.MANAGED.monthly).toBe(3847.5);
    expect(r.total).toBe(4221.5);
  });
  it("one organization's fee is what the revenue counts for it (a report's budget line)", () => {
    const pricing = { managedPerUser: 85.5, suitePerUser: 29, backupPerEndpoint: 6 };
    expect(organizationMonthlyFee("MANAGED", { headcount: 10, endpoints: 14 }, pricing)).toBe(855);
    expect(organizationMonthlyFee("HYBRID", { headcount: 10, endpoints: 14 }, pricing)).toBe(374); // 290 + 84
    expect(organizationMonthlyFee("HYBRID", { headcount: 10, endpoints: null }, pricing)).toBe(350); // 290 + 60
    expect(organizationMonthlyFee("BREAK_FIX", { headcount: 10, endpoints: 14 }, pricing)).toBeNull();
  });

  it("takes the engine's documented default for a blank price", () => {
    const r = recurringRevenue(
      { BREAK_FIX: { clients: 0, users: 0 }, HYBRID: { clients: 1, users: 10 }, MANAGED: { clients: 1, users: 10 } },
      { managedPerUser: null, suitePerUser: null, backupPerEndpoint: null },
      endpoints,
    );
    expect(r.MANAGED.feePerUser).toBe(85);
    expect(r.HYBRID.feePerUser).toBe(5);
    expect(r.HYBRID.backups?.perEndpoint).toBe(6);
    expect(r.HYBRID.monthly).toBe(10 * 5 + 14 * 6);
  });
});

describe("periods", () => {
  it("last N months include the current month, up to today", () => {
    expect(resolvePeriod({ kind: "preset", months: 12 }, TODAY)).toEqual({
      ok: true,
      period: {
        choice: { kind: "preset", months: 12 },
        fromMonth: "2025-07",
        toMonth: "2026-06",
        start: "2025-07-01",
        end: TODAY,
      },
    });
    expect(resolvePeriod({ kind: "preset", months: 3 }, "2026-01-31")).toMatchObject({
      ok: true,
      period: { start: "2025-11-01", end: "2026-01-31" },
    });
  });

  it("a range runs from the first to the last day, never past today", () => {
    expect(resolvePeriod({ kind: "range", from: "2024-02", to: "2024-02" }, TODAY)).toMatchObject({
      ok: true,
      period: { start: "2024-02-01", end: "2024-02-29" },
    });
    expect(resolvePeriod({ kind: "range", from: "2026-01", to: "2026-06" }, TODAY)).toMatchObject({
      ok: true,
      period: { end: TODAY },
    });
    expect(resolvePeriod({ kind: "range", from: "2026-03", to: "2026-01" }, TODAY)).toEqual({
      ok: false,
      problem: "fromAfterTo",
    });
    expect(resolvePeriod({ kind: "range", from: "2026-01", to: "2026-07" }, TODAY)).toEqual({
      ok: false,
      problem: "inFuture",
    });
    expect(resolvePeriod({ kind: "range", from: "2010-01", to: "2026-01" }, TODAY)).toEqual({
      ok: false,
      problem: "tooLong",
    });
  });

  it("the chart covers the 24 months ending with the current one", () => {
    const months = chartMonths(TODAY);
    expect(months).toHaveLength(24);
    expect(months[0]).toBe("2024-07");
    expect(months[23]).toBe("2026-06");
    expect(MODELS).toEqual(["BREAK_FIX", "HYBRID", "MANAGED"]);
  });
});
