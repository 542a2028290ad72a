import { describe, expect, it } from "vitest";
import { dayOf, dayOfMonth, nextDay, runTimeOf } from "@/lib/mail/daily-window";

describe("the daily mail run's calendar", () => {
  it("works in UTC days, across months and years", () => {
    expect(dayOf(new Date("2026-12-31T23:59:59Z"))).toBe("2026-12-31");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    expect(runTimeOf("2026-12-02").toISOString()).toBe("2026-12-02T07:00:00.000Z");
    expect(dayOfMonth("2026-12-02")).toEqual({ dom: 2, period: "2026-12" });
  });
});
